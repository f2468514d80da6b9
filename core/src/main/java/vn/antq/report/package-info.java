/**
 * Report writers: pure functions turning an {@link vn.antq.evaluation.EvaluationReport} into JSON
 * ({@code antq-report/1.1}) or a readable Vietnamese text.
 */
package vn.antq.report;
