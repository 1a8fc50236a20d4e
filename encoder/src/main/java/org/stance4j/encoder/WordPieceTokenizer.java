package org.stance4j.encoder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT's WordPiece tokenizer, read from a Hugging Face {@code tokenizer.json} and giving the ids that
 * Hugging Face's tokenizers give: special tokens written in the text are matched first, the rest is
 * normalised ({@link BertNormalizer}), split on whitespace and around every punctuation character,
 * and each word is cut greedily into the longest pieces in the vocabulary ({@code ##} marking a piece
 * that continues a word); a word with a part no piece covers, or longer than
 * {@code max_input_chars_per_word}, becomes {@code [UNK]}. Immutable and thread-safe.
 */
final class WordPieceTokenizer {

    private final Map<String, Integer> vocabulary;
    private final BertNormalizer normalizer;
    private final String continuation;
    private final int maxWordChars;
    private final int unknownId;
    private final int clsId;
    private final int sepId;
    private final String[] specialTokens;
    private final int[] specialIds;

    private WordPieceTokenizer(Map<String, Integer> vocabulary, BertNormalizer normalizer, String continuation,
                               int maxWordChars, String unknown, String[] specialTokens, int[] specialIds) {
        this.vocabulary = vocabulary;
        this.normalizer = normalizer;
        this.continuation = continuation;
        this.maxWordChars = maxWordChars;
        this.unknownId = idOf(vocabulary, unknown);
        this.clsId = idOf(vocabulary, "[CLS]");
        this.sepId = idOf(vocabulary, "[SEP]");
        this.specialTokens = specialTokens;
        this.specialIds = specialIds;
    }

    private static int idOf(Map<String, Integer> vocabulary, String token) {
        Integer id = vocabulary.get(token);
        if (id == null) {
            throw new IllegalArgumentException("the vocabulary has no " + token);
        }
        return id;
    }

    /**
     * Reads a BERT {@code tokenizer.json}.
     *
     * @throws IOException when it cannot be read or is not a WordPiece tokenizer with a BERT normaliser
     */
    static WordPieceTokenizer read(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode model = root.path("model");
        if (!"WordPiece".equals(model.path("type").asText())) {
            throw new IOException("not a WordPiece tokenizer (model type '" + model.path("type").asText() + "')");
        }
        JsonNode norm = root.path("normalizer");
        if (!"BertNormalizer".equals(norm.path("type").asText())) {
            throw new IOException("not a BERT normaliser (type '" + norm.path("type").asText() + "')");
        }
        if (!"BertPreTokenizer".equals(root.path("pre_tokenizer").path("type").asText())) {
            throw new IOException("not a BERT pre-tokenizer");
        }
        boolean lowercase = norm.path("lowercase").asBoolean(true);
        JsonNode strip = norm.path("strip_accents");
        BertNormalizer normalizer = new BertNormalizer(norm.path("clean_text").asBoolean(true),
                norm.path("handle_chinese_chars").asBoolean(true),
                strip.isNull() || strip.isMissingNode() ? lowercase : strip.asBoolean(), lowercase);
        Map<String, Integer> vocabulary = new HashMap<>(model.path("vocab").size() * 2);
        model.path("vocab").fields().forEachRemaining(e -> vocabulary.put(e.getKey(), e.getValue().asInt()));
        if (vocabulary.isEmpty()) {
            throw new IOException("the tokenizer has no vocabulary");
        }
        List<String> tokens = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (JsonNode added : root.path("added_tokens")) {
            // only tokens matched on the raw text are supported; BERT's special tokens are such
            if (added.path("normalized").asBoolean(true) || added.path("single_word").asBoolean(false)
                    || added.path("lstrip").asBoolean(false) || added.path("rstrip").asBoolean(false)) {
                throw new IOException("added token '" + added.path("content").asText() + "' has options not supported");
            }
            if (!added.path("content").asText().startsWith("[")) {
                throw new IOException("added token '" + added.path("content").asText() + "' does not start with '['");
            }
            tokens.add(added.path("content").asText());
            ids.add(added.path("id").asInt());
        }
        try {
            return new WordPieceTokenizer(Map.copyOf(vocabulary), normalizer,
                    model.path("continuing_subword_prefix").asText("##"),
                    model.path("max_input_chars_per_word").asInt(100), model.path("unk_token").asText("[UNK]"),
                    tokens.toArray(String[]::new), ids.stream().mapToInt(Integer::intValue).toArray());
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    int vocabularySize() {
        return vocabulary.size();
    }

    /**
     * Encodes {@code [CLS] first [SEP] second [SEP]}, at most {@code maxLength} tokens: when longer, the
     * longer of the two parts loses tokens from its end first, as Hugging Face's {@code longest_first}.
     */
    EncodedPair encodePair(String first, String second, int maxLength) {
        if (maxLength < 3) {
            throw new IllegalArgumentException("maxLength must leave room for [CLS] and two [SEP], got " + maxLength);
        }
        IntList a = tokenIds(first);
        IntList b = tokenIds(second);
        int n1 = a.size;
        int n2 = b.size;
        int budget = maxLength - 3;
        if (n1 + n2 > budget) {
            // Hugging Face's arithmetic, kept exactly so that ids agree: the shorter part keeps all it can
            // up to half the budget, the longer one gets the rest (and the odd token)
            boolean swap = n1 > n2;
            int shorter = Math.min(n1, n2);
            int longer;
            if (shorter > budget) {
                longer = shorter;
            } else {
                longer = Math.max(shorter, budget - shorter);
            }
            if (shorter + longer > budget) {
                shorter = budget / 2;
                longer = shorter + budget % 2;
            }
            n1 = swap ? longer : shorter;
            n2 = swap ? shorter : longer;
            n1 = Math.min(n1, a.size);
            n2 = Math.min(n2, b.size);
        }
        int length = n1 + n2 + 3;
        int[] ids = new int[length];
        int[] types = new int[length];
        ids[0] = clsId;
        System.arraycopy(a.values, 0, ids, 1, n1);
        ids[n1 + 1] = sepId;
        System.arraycopy(b.values, 0, ids, n1 + 2, n2);
        ids[length - 1] = sepId;
        Arrays.fill(types, n1 + 2, length, 1);
        return new EncodedPair(ids, types);
    }

    /** The ids of {@code text}'s tokens, without special tokens around them. */
    IntList tokenIds(String text) {
        IntList out = new IntList(text.length() / 3 + 4);
        int from = 0;
        for (int i = text.indexOf('['); i >= 0 && i < text.length(); ) {
            int special = specialAt(text, i);
            if (special >= 0) {
                encodeSegment(text.substring(from, i), out);
                out.add(specialIds[special]);
                i += specialTokens[special].length();
                from = i;
                i = text.indexOf('[', i);
            } else {
                i = text.indexOf('[', i + 1);
            }
        }
        encodeSegment(from == 0 ? text : text.substring(from), out);
        return out;
    }

    /** The longest special token that starts at {@code at}, or -1. */
    private int specialAt(String text, int at) {
        int best = -1;
        for (int s = 0; s < specialTokens.length; s++) {
            if (text.startsWith(specialTokens[s], at)
                    && (best < 0 || specialTokens[s].length() > specialTokens[best].length())) {
                best = s;
            }
        }
        return best;
    }

    private void encodeSegment(String raw, IntList out) {
        if (raw.isEmpty()) {
            return;
        }
        String text = normalizer.normalize(raw);
        int wordStart = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (BertNormalizer.isWhitespace(cp)) {
                if (wordStart >= 0) {
                    encodeWord(text, wordStart, i, out);
                    wordStart = -1;
                }
            } else if (isPunctuation(cp)) {
                if (wordStart >= 0) {
                    encodeWord(text, wordStart, i, out);
                    wordStart = -1;
                }
                encodeWord(text, i, next, out);
            } else if (wordStart < 0) {
                wordStart = i;
            }
            i = next;
        }
        if (wordStart >= 0) {
            encodeWord(text, wordStart, text.length(), out);
        }
    }

    /** Greedy longest-match-first WordPiece of {@code text[start, end)}. */
    private void encodeWord(String text, int start, int end, IntList out) {
        if (text.codePointCount(start, end) > maxWordChars) {
            out.add(unknownId);
            return;
        }
        int mark = out.size;
        int at = start;
        while (at < end) {
            int to = end;
            Integer found = null;
            while (to > at) {
                String piece = text.substring(at, to);
                found = vocabulary.get(at == start ? piece : continuation + piece);
                if (found != null) {
                    break;
                }
                to -= Character.isLowSurrogate(text.charAt(to - 1)) && to - 2 >= at ? 2 : 1;
            }
            if (found == null) {
                out.size = mark;
                out.add(unknownId);
                return;
            }
            out.add(found);
            at = to;
        }
    }

    /** ASCII punctuation and symbols, and every Unicode punctuation category, as BERT splits on. */
    static boolean isPunctuation(int cp) {
        if (cp < 0x80) {
            return (cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126);
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** A growable list of ints, to avoid boxing on the inference path. */
    static final class IntList {
        int[] values;
        int size;

        IntList(int capacity) {
            values = new int[Math.max(4, capacity)];
        }

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
