/**
 * Internal: the DL4J stance network (an embedding bag over hashed n-grams, conditioned on the event),
 * the choice of ND4J native build, and the scorer that runs the network.
 */
package org.stance4j.model.network;
