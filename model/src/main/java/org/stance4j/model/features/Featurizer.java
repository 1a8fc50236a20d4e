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
 * <p>Statement features: a start marker (so that no statement is empty), word 1..n-grams, the same
 * word n-grams crossed with the event, and character n-grams inside each token (with {@code <} and
 * {@code >} marking the token's ends). Event features: a start marker, event words and word bigrams.
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
        int[][] text = new int[inputs.size()][];
        int[][] event = new int[inputs.size()][];
        IntBuffer buffer = new IntBuffer(256);
        for (int i = 0; i < inputs.size(); i++) {
            EventFeatures ev = events.get(inputs.get(i).event());
            text[i] = textFeatures(textTokens.get(i), ev.key, buffer);
            event[i] = ev.indices;
        }
        return new FeatureBatch(text, event);
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

    private int[] textFeatures(List<String> tokens, int eventKey, IntBuffer out) {
        out.clear();
        int limit = settings.maxTextFeatures();
        int[] hashes = tokenHashes(tokens);
        out.add(FeatureHasher.finish(FeatureHasher.token(START)) & textMask);
        for (int i = 0; i < hashes.length && out.size() < limit; i++) {
            for (int n = 1; n <= settings.wordNgrams() && i + n <= hashes.length; n++) {
                int h = ngram(hashes, i, n);
                out.add(FeatureHasher.finish(h) & textMask);
                if (settings.eventCrossing()) {
                    int crossed = FeatureHasher.mixInt(FeatureHasher.mixInt(FeatureHasher.start(FeatureHasher.CROSS), eventKey), h);
                    out.add(FeatureHasher.finish(crossed) & textMask);
                }
            }
        }
        if (settings.charNgrams()) {
            for (int t = 0; t < tokens.size() && out.size() < limit; t++) {
                addCharNgrams(tokens.get(t), out, limit);
            }
        }
        return out.size() > limit ? out.toArray(limit) : out.toArray();
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
