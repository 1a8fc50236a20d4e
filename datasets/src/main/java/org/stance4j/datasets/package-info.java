/**
 * The stance4j datasets module: reading, validating, splitting and writing labeled statements.
 *
 * <p>{@link org.stance4j.datasets.DatasetReader} reads the project's CSV format and the public
 * corpora's formats ({@link org.stance4j.datasets.DataFormat}) with one-line errors that name the file,
 * line and column; {@link org.stance4j.datasets.Splits} makes seeded stratified, k-fold and by-event
 * splits; {@link org.stance4j.datasets.BundledCorpus} is the corpus that ships with stance4j, and
 * {@link org.stance4j.datasets.EventRelations} records which of its events pull in opposite
 * directions, which are related and which have no bearing on each other.
 */
package org.stance4j.datasets;
