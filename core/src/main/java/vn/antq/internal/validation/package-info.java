/**
 * Validation of a rule pack directory in the author's words: each class checks one kind of problem and adds
 * {@link vn.antq.pack.PackDiagnostic}s with the author's file, line and column; {@link
 * vn.antq.internal.validation.DirectoryValidation} runs them in order.
 */
package vn.antq.internal.validation;
