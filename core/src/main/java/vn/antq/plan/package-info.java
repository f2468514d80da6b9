/** Plans of the steering committees and their targets, computed over a province and its groups of units. */
package vn.antq.plan;
