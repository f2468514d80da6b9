/** Tests of the whole library against hostile or mutated input and heavy concurrent use. */
package vn.antq.rules.robustness;
