/**
 * Internal: the model bundle format. A bundle is one zip: {@code manifest.json} first (format version,
 * model kind, labels, the kind's settings, training data SHA-256s, versions, dev scores and the
 * SHA-256 of every other entry), then the entries of its kind (see {@code org.stance4j.model.kind}).
 * Readers check everything and trust nothing; writers replace files atomically.
 */
package org.stance4j.model.bundle;
