/**
 * Benchmarks: stance4j against the peer baselines (scikit-learn SVM and fastText) on the public
 * corpora, on the same splits, rendered for {@code docs/benchmarks.md}.
 */
package org.stance4j.benchmarks.accuracy;
