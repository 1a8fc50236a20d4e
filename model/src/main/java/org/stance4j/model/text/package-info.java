/**
 * Internal: the one text pipeline (CoreNLP PTB tokenisation, then normalisation) used by training and inference.
 */
package org.stance4j.model.text;
