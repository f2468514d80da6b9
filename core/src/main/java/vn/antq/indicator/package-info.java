/** Typed indicator values of a unit and the catalogue of indicators the national rules read. */
package vn.antq.indicator;
