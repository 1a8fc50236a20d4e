/**
 * Model kinds: what a bundle's manifest names in {@code kind}, and how loading turns a kind's
 * entries into a {@link org.stance4j.model.kind.Scorer}. The built-in kinds are the hashed n-gram
 * network, scored in plain Java, and the mean of whole member bundles of any kinds; other kinds plug
 * in through {@link java.util.ServiceLoader}, as modules of their own, without touching this one.
 */
package org.stance4j.model.kind;
