/**
 * Internal: the n-gram stance network's forward pass in plain Java (an embedding bag over hashed
 * n-grams, conditioned on the event), the layout of its weights, and the scorer that runs it. The
 * DL4J network that trains it lives in the training module.
 */
package org.stance4j.model.network;
