/** The smallest host application of antq: build an evaluator once, evaluate a dataset, read the report. */
package vn.antq.examples.embedding;
