/** The entry point: {@link vn.antq.evaluation.Evaluator} turns a dataset into an {@link vn.antq.evaluation.EvaluationReport}. */
package vn.antq.evaluation;
