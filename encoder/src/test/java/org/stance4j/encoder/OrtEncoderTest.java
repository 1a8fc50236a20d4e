package org.stance4j.encoder;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;
import org.stance4j.model.bundle.TrainingRecord;
import org.stance4j.model.kind.Scorer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ONNX Runtime serves what the ND4J scorer computes: the same probabilities within 1e-4, from a model
 * fine-tuned for a few steps (so that no weight of the base could stand in for a trained one), loaded
 * from entries or from a bundle through {@link StanceClassifier}.
 */
class OrtEncoderTest {
    static final double TOLERANCE = 1e-4;
    /** Pairs of lengths from a few tokens to past the longest bucket, which the tokenizer cuts. */
    static final List<StanceInput> PAIRS = List.of(
            new StanceInput("the city raises bus fares", "great"),
            new StanceInput("the court upholds the protest ban", "this is awful, truly awful and shameful"),
            new StanceInput("parliament passes the budget", "it was announced on tuesday"),
            new StanceInput("the city raises bus fares", ("a long statement that goes on and on about fares, "
                    + "buses, the city, its council and what they decided at noon ").repeat(3)),
            new StanceInput("x", ""));

    /** Tiny models fine-tuned for 3 steps, one per pooling: training is most of this test's time, so it is done once. */
    static final Map<Pooling, EncoderModel> TINY = new java.util.EnumMap<>(Pooling.class);

    @TempDir
    Path dir;

    @BeforeAll
    static void fineTuneTinyModels() throws Exception {
        EncoderSettings s = TinyEncoders.settings(3, 1);
        for (Pooling pooling : Pooling.values()) {
            EncoderSettings settings = new EncoderSettings(s.maxLength(), s.buckets(), s.batchSize(),
                    s.encoderLearningRate(), s.headLearningRate(), s.warmupFraction(), s.weightDecay(), s.clipNorm(),
                    s.epochs(), s.dropout(), pooling, s.freezeEmbeddings(), s.frozenLayers(), s.classWeighted(), s.seed());
            TINY.put(pooling, fineTuned(TinyEncoders.BASE, settings, TinyEncoders.examples(), 3));
        }
    }

    @Test
    void aTinyFineTunedModelScoresTheSameThroughOnnxRuntime() throws Exception {
        for (Pooling pooling : Pooling.values()) {
            EncoderModel model = TINY.get(pooling);
            try (OrtEncoder ort = OrtEncoder.open(StoredEncoder.read(model.entries(false, false)))) {
                assertClose(model.probabilities(PAIRS), ort.probabilities(PAIRS), pooling.name());
            }
        }
    }

    @Test
    void aBundleLoadedThroughStanceClassifierPredictsAsTheModel() throws Exception {
        EncoderModel model = TINY.get(Pooling.MEAN);
        Path bundle = dir.resolve("tiny.zip");
        EncoderBundle.write(bundle, model, new TrainingRecord(3, Map.of("recipe", "encoder"), List.of(), 1, 1,
                "3 steps", 1.0), Map.of(), false);
        List<StanceInput> inputs = TinyEncoders.examples().stream().map(LabeledStatement::input).toList();
        List<Prediction> expected = model.predict(inputs);
        List<Prediction> actual;
        try (StanceClassifier classifier = StanceClassifier.load(bundle)) {
            actual = classifier.predictAll(inputs);
            assertEquals(actual.get(4).probabilities(), classifier.predict(inputs.get(4)).probabilities());
        }
        for (int i = 0; i < inputs.size(); i++) {
            for (Stance stance : Stance.values()) {
                assertEquals(expected.get(i).probability(stance), actual.get(i).probability(stance), TOLERANCE);
            }
        }
    }

    @Test
    void miniLmFineTunedForTwoStepsScoresTheSameThroughOnnxRuntime() throws Exception {
        EncoderSettings settings = new EncoderSettings(32, List.of(16, 32), 2, 1e-3, 1e-2, 0.0, 0.01, 1.0, 1, 0.1,
                Pooling.MEAN, false, 0, false, 7);
        EncoderModel model = fineTuned(BaseEncoder.miniLmL6(), settings, TinyEncoders.examples().subList(0, 8), 2);
        try (OrtEncoder ort = OrtEncoder.open(StoredEncoder.read(model.entries(false, false)))) {
            assertClose(model.probabilities(PAIRS), ort.probabilities(PAIRS), "MiniLM");
        }
    }

    @Test
    void scoresFromSeveralThreadsAtOnce() throws Exception {
        List<StanceInput> inputs = TinyEncoders.examples().stream().map(LabeledStatement::input).toList();
        try (OrtEncoder ort = OrtEncoder.open(StoredEncoder.read(TINY.get(Pooling.MEAN).entries(false, false)))) {
            float[] expected = ort.probabilities(inputs);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<float[]>> calls = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    calls.add(pool.submit(() -> ort.probabilities(inputs)));
                }
                for (Future<float[]> call : calls) {
                    assertArrayEquals(expected, call.get());
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void weightsThatAreNoParameterAreRefused() throws Exception {
        Map<String, NamedTensor> weights = new HashMap<>(TinyEncoders.BASE.tensors(3, 1));
        weights.put("encoder.layer.9.output.dense.bias", new NamedTensor("encoder.layer.9.output.dense.bias",
                new long[] {1}, new float[1]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EncoderOnnx.build(TinyEncoders.BASE.config(), weights));
        assertTrue(e.getMessage().contains("encoder.layer.9.output.dense.bias"), e.getMessage());
    }

    @Test
    void aClosedScorerRefusesToScore() throws Exception {
        EncoderModel model = EncoderModel.untrained(TinyEncoders.BASE, TinyEncoders.settings(1, 1));
        Scorer scorer = OrtEncoder.open(StoredEncoder.read(model.entries(false, false)));
        scorer.close();
        scorer.close();
        assertThrows(IllegalStateException.class, () -> scorer.score(PAIRS));
    }

    @Test
    void entriesWithoutATensorAreAnInvalidBundleNamingIt() throws Exception {
        EncoderModel model = EncoderModel.untrained(TinyEncoders.BASE, TinyEncoders.settings(1, 1));
        Map<String, byte[]> entries = new HashMap<>(model.entries(false, false));
        List<NamedTensor> kept = TensorFile.read(entries.get(EncoderModel.WEIGHTS_ENTRY), "weights").values().stream()
                .filter(t -> !t.name().equals("encoder.layer.1.output.dense.bias")).toList();
        entries.put(EncoderModel.WEIGHTS_ENTRY, TensorFile.write(kept, false));
        InvalidBundleException e = assertThrows(InvalidBundleException.class,
                () -> new EncoderKind().open(null, entries, "short.zip"));
        assertTrue(e.getMessage().startsWith("short.zip: "), e.getMessage());
        assertTrue(e.getMessage().contains("encoder.layer.1.output.dense.bias is missing"), e.getMessage());
    }

    /** The model after {@code steps} steps, checked to differ from the base in every trained encoder weight. */
    static EncoderModel fineTuned(BaseEncoder base, EncoderSettings settings, List<LabeledStatement> examples, int steps)
            throws Exception {
        EncoderTrainer trainer = EncoderTrainer.start(base, settings, examples);
        trainer.train(steps, TrainingListener.NONE);
        EncoderModel model = trainer.model();
        Map<String, NamedTensor> before = base.tensors(EncoderModel.labels(), settings.seed());
        for (Map.Entry<String, NamedTensor> w : before.entrySet()) {
            float[] after = EncoderModel.tensor(w.getKey(), model.weights().get(w.getKey())).values();
            boolean trained = !w.getKey().equals(EncoderParameters.WORD_EMBEDDINGS);
            assertEquals(trained, !Arrays.equals(w.getValue().values(), after), w.getKey() + " trained: " + trained);
        }
        return model;
    }

    static void assertClose(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length);
        double max = 0;
        for (int i = 0; i < expected.length; i++) {
            max = Math.max(max, Math.abs(expected[i] - actual[i]));
        }
        double spread = 0;
        for (float p : actual) {
            spread = Math.max(spread, Math.abs(p - 1.0 / 3));
        }
        System.out.println(what + ": max |ND4J - ONNX Runtime| probability " + max + ", max |p - 1/3| " + spread);
        assertTrue(max < TOLERANCE, what + ": max difference " + max);
        // probabilities all near a third would agree whatever the encoder computed
        assertTrue(spread > 1e-2, what + ": probabilities hardly differ from a third: " + spread);
    }
}
