/**
 * Internal: the KIE wiring behind {@code vn.antq.evaluation.Evaluator} — loading packs, building facts,
 * running sessions per chunk of units, collecting results. Not an API: it may change in any release.
 */
package vn.antq.internal;
