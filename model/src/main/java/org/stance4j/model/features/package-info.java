/**
 * Internal: the one featuriser, turning a statement and its event into hashed n-gram indices.
 */
package org.stance4j.model.features;
