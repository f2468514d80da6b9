/** Bundled sample datasets in the {@code antq-dataset/1} format, and the seeded generator that makes them. */
package vn.antq.samples;
