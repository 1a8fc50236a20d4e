package org.stance4j.model.features;

import org.stance4j.model.StanceInput;
import org.stance4j.model.text.TextPipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one featuriser of stance4j: statement and event in, hashed feature indices out. Training
 * and inference both use it, so they cannot drift apart.
 *
 * <p>Four bags of features per statement (see {@link FeatureBatch.Bag}), each starting with a marker
 * so that no bag is empty: word 1..n-grams; character n-grams inside each token, with {@code <} and
 * {@code >} marking its ends; the word n-grams (and with character crossing the character n-grams)
 * crossed with the event; the event's words and word bigrams. The network averages each bag on its own, as the word and character blocks of a TF-IDF
 * union are normalised on their own: hundreds of character n-grams do not drown a few words, and
 * for an event never seen in training, whose crossed buckets were never trained, the shared bags
 * keep their full weight.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Featurizer {
    private static final String START = "<s>";

    private final TextPipeline pipeline;
    private final FeatureSettings settings;
    private final int textMask;
    private final int eventMask;

    public Featurizer(TextPipeline pipeline, FeatureSettings settings) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.textMask = settings.textBuckets() - 1;
        this.eventMask = settings.eventBuckets() - 1;
    }

    public FeatureSettings settings() {
        return settings;
    }

    public TextPipeline pipeline() {
        return pipeline;
    }

    /** Features of every input, in order. Each distinct event of the batch is tokenised once. */
    public FeatureBatch featurize(List<StanceInput> inputs) {
        List<String> texts = new ArrayList<>(inputs.size());
        Map<String, EventFeatures> events = new HashMap<>();
        List<String> distinctEvents = new ArrayList<>();
        for (StanceInput in : inputs) {
            texts.add(in.text());
            if (!events.containsKey(in.event())) {
                events.put(in.event(), null);
                distinctEvents.add(in.event());
            }
        }
        List<List<String>> eventTokens = pipeline.tokenizeAll(distinctEvents);
        for (int i = 0; i < distinctEvents.size(); i++) {
            events.put(distinctEvents.get(i), eventFeatures(eventTokens.get(i)));
        }
        List<List<String>> textTokens = pipeline.tokenizeAll(texts);
        int n = inputs.size();
        int[][][] bags = new int[FeatureBatch.Bag.values().length][n][];
        IntBuffer buffer = new IntBuffer(256);
        for (int i = 0; i < n; i++) {
            EventFeatures ev = events.get(inputs.get(i).event());
            List<String> tokens = textTokens.get(i);
            int[] hashes = tokenHashes(tokens);
            bags[FeatureBatch.Bag.WORDS.ordinal()][i] = wordFeatures(hashes, buffer);
            int[] chars = charFeatures(tokens, buffer);
            bags[FeatureBatch.Bag.CHARS.ordinal()][i] = chars;
            bags[FeatureBatch.Bag.CROSSED.ordinal()][i] = crossedFeatures(hashes, chars, ev.key, buffer);
            bags[FeatureBatch.Bag.EVENT.ordinal()][i] = ev.indices;
        }
        return new FeatureBatch(bags);
    }

    private record EventFeatures(int key, int[] indices) {
    }

    private EventFeatures eventFeatures(List<String> tokens) {
        IntBuffer out = new IntBuffer(2 * tokens.size() + 1);
        int[] hashes = tokenHashes(tokens);
        out.add(FeatureHasher.finish(FeatureHasher.token(START)) & eventMask);
        for (int i = 0; i < hashes.length; i++) {
            out.add(FeatureHasher.finish(hashes[i]) & eventMask);
            if (i + 1 < hashes.length) {
                out.add(FeatureHasher.finish(ngram(hashes, i, 2)) & eventMask);
            }
        }
        return new EventFeatures(FeatureHasher.sequence(tokens), out.toArray());
    }

    private int[] wordFeatures(int[] hashes, IntBuffer out) {
        out.clear();
        int limit = settings.maxTextFeatures();
        out.add(startMarker());
        for (int i = 0; i < hashes.length && out.size() < limit; i++) {
            for (int n = 1; n <= settings.wordNgrams() && i + n <= hashes.length; n++) {
                out.add(FeatureHasher.finish(ngram(hashes, i, n)) & textMask);
            }
        }
        return out.toArray(limit);
    }

    private int[] charFeatures(List<String> tokens, IntBuffer out) {
        out.clear();
        int limit = settings.maxTextFeatures();
        out.add(startMarker());
        if (settings.charNgrams()) {
            for (int t = 0; t < tokens.size() && out.size() < limit; t++) {
                addCharNgrams(tokens.get(t), out, limit);
            }
        }
        return out.toArray(limit);
    }

    /**
     * Word n-grams hashed with the event, and with {@code charCrossing} the character n-grams too
     * (rehashed from their buckets, after the start marker); they share the text's hash space but
     * not its bag.
     */
    private int[] crossedFeatures(int[] hashes, int[] chars, int eventKey, IntBuffer out) {
        out.clear();
        out.add(startMarker());
        if (settings.eventCrossing()) {
            int limit = settings.maxTextFeatures();
            int start = FeatureHasher.mixInt(FeatureHasher.start(FeatureHasher.CROSS), eventKey);
            for (int i = 0; i < hashes.length && out.size() < limit; i++) {
                for (int n = 1; n <= settings.wordNgrams() && i + n <= hashes.length; n++) {
                    out.add(FeatureHasher.finish(FeatureHasher.mixInt(start, ngram(hashes, i, n))) & textMask);
                }
            }
            if (settings.charCrossing()) {
                for (int t = 1; t < chars.length && out.size() < limit; t++) {
                    out.add(FeatureHasher.finish(FeatureHasher.mixInt(start, chars[t])) & textMask);
                }
            }
        }
        return out.toArray(settings.maxTextFeatures());
    }

    private int startMarker() {
        return FeatureHasher.finish(FeatureHasher.token(START)) & textMask;
    }

    private void addCharNgrams(String token, IntBuffer out, int limit) {
        int len = token.length() + 2;
        int min = settings.charNgramMin();
        int max = settings.charNgramMax();
        for (int start = 0; start < len && out.size() < limit; start++) {
            int h = FeatureHasher.start(FeatureHasher.CHAR);
            for (int n = 1; n <= max && start + n <= len; n++) {
                h = FeatureHasher.mixChar(h, charAt(token, start + n - 1, len));
                if (n >= min) {
                    out.add(FeatureHasher.finish(h) & textMask);
                }
            }
        }
    }

    /** The token with '<' before and '>' after it, without building that string. */
    private static char charAt(String token, int i, int len) {
        if (i == 0) {
            return '<';
        }
        return i == len - 1 ? '>' : token.charAt(i - 1);
    }

    private static int[] tokenHashes(List<String> tokens) {
        int[] hashes = new int[tokens.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = FeatureHasher.token(tokens.get(i));
        }
        return hashes;
    }

    /** Hash of the n tokens starting at i; for n = 1 the token's own hash. */
    private static int ngram(int[] hashes, int i, int n) {
        if (n == 1) {
            return hashes[i];
        }
        int h = FeatureHasher.start(FeatureHasher.WORD + n);
        for (int k = 0; k < n; k++) {
            h = FeatureHasher.mixInt(h, hashes[i + k]);
        }
        return h;
    }
}
