/**
 * The stance4j model module: what training and inference share.
 *
 * <p>This package holds the public types every user sees: {@link org.stance4j.model.Stance},
 * {@link org.stance4j.model.StanceInput}, {@link org.stance4j.model.Prediction},
 * {@link org.stance4j.model.ModelInfo} and the checked exception family rooted at
 * {@link org.stance4j.model.StanceException}. Its sub-packages are the machinery that training and
 * inference both run, so that they cannot drift apart: the text pipeline ({@code text}), the
 * featuriser ({@code features}), the n-gram network's forward pass ({@code network}), the model
 * bundle format ({@code bundle}) and its model kinds ({@code kind}). Plain Java: no DL4J, no ND4J,
 * no native code (the build enforces it). Those sub-packages are internal: public only so that the other stance4j modules
 * can use them, with no compatibility promise to anyone else.
 */
package org.stance4j.model;
