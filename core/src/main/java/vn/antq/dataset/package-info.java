/** Datasets ({@code antq-dataset/1}): the typed, validated input of an evaluation, and its JSON reader. */
package vn.antq.dataset;
