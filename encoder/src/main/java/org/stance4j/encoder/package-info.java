/**
 * The pretrained-transformer encoder of stance4j: a BERT-style encoder (all-MiniLM-L6-v2 by default)
 * built as an ND4J SameDiff graph in code, loaded from the ONNX file's weights, fine-tuned on
 * {@code [CLS] event [SEP] statement [SEP]} with a three-way stance head, and saved as named float
 * arrays. Its tokenizer reproduces Hugging Face's BERT WordPiece ids. Nothing here downloads anything:
 * the pretrained weights and tokenizer are class-path resources of a Maven artifact.
 */
package org.stance4j.encoder;
