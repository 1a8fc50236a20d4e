/**
 * Internal: the model bundle format. A bundle is one zip: {@code manifest.json} first (format version,
 * labels, text/feature/network settings, training data SHA-256s, versions, dev scores and the SHA-256
 * of every other entry), then the network in DL4J's own formats. Readers check everything and trust
 * nothing; writers replace files atomically.
 */
package org.stance4j.model.bundle;
