package org.stance4j.inference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;
import org.stance4j.model.network.StanceScorer;
import org.stance4j.model.testing.TestBundles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StanceClassifierTest {
    @TempDir
    static Path dir;
    static StanceClassifier classifier;

    @BeforeAll
    static void load() throws Exception {
        Path bundle = dir.resolve("model.zip");
        TestBundles.write(bundle, 5);
        classifier = StanceClassifier.load(bundle);
    }

    @AfterAll
    static void close() {
        classifier.close();
    }

    static List<StanceInput> inputs(int n) {
        String[] events = {"Court upholds ban on facial recognition", "Union calls port strike", "City introduces congestion charge"};
        String[] words = {"welcome", "disgrace", "finally", "reckless", "the", "ruling", "workers", "fair", "shameful", "today", "more", "details"};
        List<StanceInput> inputs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 4 + i % 17; w++) {
                text.append(words[(i * 7 + w * 3) % words.length]).append(' ');
            }
            inputs.add(new StanceInput(events[i % events.length], text.toString() + i));
        }
        return inputs;
    }

    @Test
    void predictionsHaveProbabilitiesForEveryStanceThatSumToOne() {
        Prediction p = classifier.predict("France refuses to cooperate with Russia over the arrest of Pavel Durov",
                "France's refusal to assist in this matter is deeply disappointing");
        double sum = 0;
        for (Stance s : Stance.values()) {
            assertTrue(p.probability(s) >= 0 && p.probability(s) <= 1);
            sum += p.probability(s);
        }
        assertEquals(1.0, sum, 1e-5);
        assertEquals(p.stance(), p.probabilities().entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey());
    }

    @Test
    void batchesGiveTheSamePredictionsAsSingleCalls() {
        List<StanceInput> inputs = inputs(StanceScorer.BATCH_SIZE * 2 + 17);
        List<Prediction> batch = classifier.predictAll(inputs);
        assertEquals(inputs.size(), batch.size());
        for (int i = 0; i < inputs.size(); i += 37) {
            Prediction single = classifier.predict(inputs.get(i));
            for (Stance s : Stance.values()) {
                assertEquals(single.probability(s), batch.get(i).probability(s), 1e-6, "input " + i);
            }
        }
        assertEquals(List.of(), classifier.predictAll(List.of()));
    }

    @Test
    void theEventChangesThePrediction() {
        Prediction a = classifier.predict("Court upholds ban on facial recognition", "a fair ruling");
        Prediction b = classifier.predict("Union calls port strike", "a fair ruling");
        assertTrue(Math.abs(a.probability(Stance.SUPPORTIVE) - b.probability(Stance.SUPPORTIVE)) > 1e-6);
    }

    @Test
    void oneClassifierSharedByEightThreadsGivesExactlyTheSingleThreadedPredictions() throws Exception {
        List<StanceInput> inputs = inputs(100_000);
        int chunk = 500;
        List<List<StanceInput>> chunks = new ArrayList<>();
        for (int from = 0; from < inputs.size(); from += chunk) {
            chunks.add(inputs.subList(from, Math.min(inputs.size(), from + chunk)));
        }
        List<Prediction> expected = new ArrayList<>();
        for (List<StanceInput> part : chunks) {
            expected.addAll(classifier.predictAll(part));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Prediction>>> parts = new ArrayList<>();
            for (List<StanceInput> part : chunks) {
                parts.add(pool.submit(() -> classifier.predictAll(part)));
            }
            List<Prediction> actual = new ArrayList<>();
            for (Future<List<Prediction>> f : parts) {
                actual.addAll(f.get());
            }
            assertEquals(expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++) {
                if (!expected.get(i).equals(actual.get(i))) {
                    throw new AssertionError("statement " + i + ": " + expected.get(i) + " alone, " + actual.get(i) + " with 8 threads");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void describesItsModel() {
        assertEquals(List.of(Stance.SUPPORTIVE, Stance.CONDEMNING, Stance.NEUTRAL), classifier.info().labels());
        assertEquals("test.csv", classifier.info().trainingData().get(0).path());
    }

    @Test
    void aMissingOrBrokenBundleIsACheckedError() {
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> StanceClassifier.load(dir.resolve("absent.zip")));
        assertTrue(e.getMessage().endsWith("no such file"), e.getMessage());
    }

    @Test
    void aBundleHeldInMemoryLoadsAsTheSameModelAndNamesItselfInErrors() throws Exception {
        byte[] bytes = java.nio.file.Files.readAllBytes(dir.resolve("model.zip"));
        List<StanceInput> some = inputs(50);
        try (StanceClassifier fromBytes = StanceClassifier.load(bytes, "broadcast model")) {
            assertEquals(classifier.predictAll(some), fromBytes.predictAll(some));
        }
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> StanceClassifier.load(truncated, "broadcast model"));
        assertTrue(e.getMessage().startsWith("broadcast model: "), e.getMessage());
    }

    @Test
    void theShippedModelsAreNamedByAWord() throws Exception {
        assertEquals(java.util.Optional.of(BuiltInModel.FAST), BuiltInModel.named(" Fast "));
        assertEquals(java.util.Optional.of(BuiltInModel.ACCURATE), BuiltInModel.named("accurate"));
        assertTrue(BuiltInModel.named("model.zip").isEmpty());
        StanceInput input = new StanceInput("Court upholds ban on facial recognition", "a fair ruling");
        try (StanceClassifier fast = StanceClassifier.load(BuiltInModel.FAST); StanceClassifier byDefault = StanceClassifier.loadDefault()) {
            assertEquals(byDefault.predict(input), fast.predict(input));
            assertEquals("ngram", fast.info().kind());
        }
    }

    /** This module's tests do not have the accurate model's artifact, as a program that did not add it. */
    @Test
    void theAccurateModelWithoutItsArtifactIsACheckedErrorThatNamesIt() {
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> StanceClassifier.load(BuiltInModel.ACCURATE));
        assertTrue(e.getMessage().contains("add the dependency org.stance4j:stance4j-accurate-model"), e.getMessage());
    }

    @Test
    void aClosedClassifierRefusesWork() throws Exception {
        Path bundle = dir.resolve("other.zip");
        TestBundles.write(bundle, 6);
        StanceClassifier c = StanceClassifier.load(bundle);
        c.predict("e", "t");
        c.close();
        assertThrows(IllegalStateException.class, () -> c.predict("e", "t"));
    }
}
