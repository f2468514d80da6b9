/** Units of the administrative and organisational tree: kinds, types, validity and succession. */
package vn.antq.unit;
