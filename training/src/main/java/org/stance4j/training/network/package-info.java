/**
 * Internal: the DL4J stance network that training fits (an embedding bag over hashed n-grams,
 * conditioned on the event), its inputs, and the choice of ND4J native build. Prediction runs the
 * same function in plain Java ({@code org.stance4j.model.network.CompiledNetwork}).
 */
package org.stance4j.training.network;
