package org.stance4j.encoder;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

class EncoderModelTest {
    private static EncoderModel model;
    private static List<StanceInput> inputs;

    @BeforeAll
    static void train() throws Exception {
        model = EncoderModel.train(TinyEncoders.BASE, TinyEncoders.settings(2, 1), TinyEncoders.examples(),
                TrainingListener.NONE);
        inputs = new ArrayList<>(TinyEncoders.examples().stream().map(LabeledStatement::input).toList());
        inputs.add(new StanceInput("", ""));
        inputs.add(new StanceInput("the city raises bus fares", "word ".repeat(200)));
    }

    @Test
    void savedAndLoadedInFullPrecisionItPredictsTheSame() throws Exception {
        float[] before = model.probabilities(inputs);
        for (boolean withWordEmbeddings : new boolean[] {false, true}) {
            EncoderModel loaded = EncoderModel.fromEntries(model.entries(false, withWordEmbeddings));
            assertArrayEquals(before, loaded.probabilities(inputs), 0f);
            assertEquals(model.settings(), loaded.settings());
        }
    }

    @Test
    void halfPrecisionHalvesTheSizeAndBarelyMovesTheProbabilities() throws Exception {
        Map<String, byte[]> full = model.entries(false, false);
        Map<String, byte[]> half = model.entries(true, false);
        int fullSize = full.get(EncoderModel.WEIGHTS_ENTRY).length;
        int halfSize = half.get(EncoderModel.WEIGHTS_ENTRY).length;
        assertTrue(halfSize < 0.55 * fullSize, halfSize + " vs " + fullSize);
        assertTrue(model.entries(false, true).get(EncoderModel.WEIGHTS_ENTRY).length > fullSize + 30522 * 32 * 4 - 1);
        assertArrayEquals(model.probabilities(inputs), EncoderModel.fromEntries(half).probabilities(inputs), 2e-3f);
        String json = new String(half.get(EncoderModel.MANIFEST_ENTRY), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"precisionBits\" : 16") && json.contains("\"supportive\""), json);
    }

    @Test
    void refusesWordEmbeddingsFromAnotherBase() throws Exception {
        Map<String, byte[]> entries = new HashMap<>(model.entries(false, false));
        String json = new String(entries.get(EncoderModel.MANIFEST_ENTRY), StandardCharsets.UTF_8);
        entries.put(EncoderModel.MANIFEST_ENTRY, json.replace("\"baseInitSeed\" : 11", "\"baseInitSeed\" : 12")
                .getBytes(StandardCharsets.UTF_8));
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> EncoderModel.fromEntries(entries));
        assertTrue(e.getMessage().contains("word embeddings"), e.getMessage());
        Map<String, byte[]> noWeights = new HashMap<>(model.entries(false, false));
        noWeights.remove(EncoderModel.WEIGHTS_ENTRY);
        assertThrows(InvalidBundleException.class, () -> EncoderModel.fromEntries(noWeights));
        Map<String, byte[]> badJson = new HashMap<>(model.entries(false, false));
        badJson.put(EncoderModel.MANIFEST_ENTRY, "{\"format\":\"stance4j-encoder\",\"formatVersion\":1,\"settings\":{\"maxLength\":3}}"
                .getBytes(StandardCharsets.UTF_8));
        assertThrows(InvalidBundleException.class, () -> EncoderModel.fromEntries(badJson));
    }

    @Test
    void aPairScoresTheSameAloneAsInABatchAndProbabilitiesSumToOne() {
        float[] together = model.probabilities(inputs);
        for (int i = 0; i < inputs.size(); i += 7) {
            float[] alone = model.probabilities(List.of(inputs.get(i)));
            for (int j = 0; j < 3; j++) {
                assertEquals(together[i * 3 + j], alone[j], 1e-5f, "input " + i);
            }
            assertEquals(1f, alone[0] + alone[1] + alone[2], 1e-5f);
        }
        List<Prediction> predictions = model.predict(inputs.subList(0, 2));
        assertEquals(together[0], predictions.get(0).probability(Stance.SUPPORTIVE), 1e-7);
        assertEquals(together[5], predictions.get(1).probability(Stance.NEUTRAL), 1e-7);
        assertEquals(0, model.probabilities(List.of()).length);
    }

    @Test
    void scoresFromSeveralThreadsAtOnce() throws Exception {
        float[] expected = model.probabilities(inputs);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<float[]>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> model.probabilities(inputs)));
            }
            for (Future<float[]> r : results) {
                assertArrayEquals(expected, r.get(), 0f);
            }
        } finally {
            pool.shutdown();
        }
    }
}
