/** Dated, sourced, possibly provisional rule parameters, and their values at a reference date. */
package vn.antq.parameter;
