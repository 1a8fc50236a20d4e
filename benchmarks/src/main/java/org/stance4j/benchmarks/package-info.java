/**
 * Speed and memory benchmarks of the inference library (JMH and small harnesses), run by
 * {@code benchmarks/run-speed.sh}, which also times the peers on the same statements and writes
 * the figures into {@code docs/benchmarks.md}. Benchmark tooling, not product: no product jar
 * depends on this module.
 */
package org.stance4j.benchmarks;
