package org.stance4j.model.text;

import java.util.Objects;

/**
 * How raw text becomes tokens. Recorded in every model bundle so that inference tokenises exactly
 * as training did; a bundle whose settings this code does not implement is refused.
 *
 * @param tokenizer the tokeniser family; only {@link #CORENLP_PTB} exists
 * @param tokenizerOptions the CoreNLP PTBTokenizer options string
 * @param normalization the version of the token normalisation rules ({@link #NORMALIZATION_V1})
 */
public record TextSettings(String tokenizer, String tokenizerOptions, String normalization) {
    /** CoreNLP's PTBTokenizer. */
    public static final String CORENLP_PTB = "corenlp-ptb";
    /**
     * Lower case; URLs, user mentions and numbers replaced by placeholders; hashtags split into
     * their words; characters repeated more than twice shortened to two.
     */
    public static final String NORMALIZATION_V1 = "stance4j-v1";
    /** PTBTokenizer options: no PTB escaping or bracket rewriting, ASCII quotes, keep what it cannot tokenise. */
    public static final String DEFAULT_TOKENIZER_OPTIONS = "invertible=false,ptb3Escaping=false,"
            + "normalizeParentheses=false,normalizeOtherBrackets=false,quotes=ascii,untokenizable=noneKeep,"
            + "americanize=false,normalizeCurrency=false,normalizeFractions=false,splitHyphenated=false,"
            + "strictTreebank3=false";

    public TextSettings {
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(tokenizerOptions, "tokenizerOptions");
        Objects.requireNonNull(normalization, "normalization");
        if (!CORENLP_PTB.equals(tokenizer)) {
            throw new IllegalArgumentException("unknown tokenizer '" + tokenizer + "' (this version knows " + CORENLP_PTB + ")");
        }
        if (!NORMALIZATION_V1.equals(normalization)) {
            throw new IllegalArgumentException("unknown normalization '" + normalization + "' (this version knows " + NORMALIZATION_V1 + ")");
        }
        if (tokenizerOptions.contains("tokenizeNLs")) {
            throw new IllegalArgumentException("tokenizeNLs is managed by the pipeline and cannot be set");
        }
    }

    /** The settings that training uses unless told otherwise. */
    public static TextSettings defaults() {
        return new TextSettings(CORENLP_PTB, DEFAULT_TOKENIZER_OPTIONS, NORMALIZATION_V1);
    }
}
