package org.stance4j.training;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.stance4j.datasets.BundledCorpus;
import org.stance4j.datasets.Dataset;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.ModelInfo;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;
import org.stance4j.model.bundle.BundleJson;

import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default model shipped in stance4j-inference is what {@link #REBUILD} builds from the code and
 * the bundled corpus as they are now: same data (by SHA-256), same recipe, same predictions.
 */
class DefaultModelTest {
    static final String REBUILD = "./stance4j train --holdout 0 --out inference/src/main/resources/org/stance4j/inference/default-model.zip";
    private static final String RESOURCE = "/org/stance4j/inference/default-model.zip";

    @Test
    void isTrainedOnTheBundledCorpusAsItIsNow() throws Exception {
        Dataset corpus = BundledCorpus.load();
        try (StanceClassifier shipped = StanceClassifier.loadDefault()) {
            ModelInfo info = shipped.info();
            assertEquals(1, info.trainingData().size());
            ModelInfo.TrainingData data = info.trainingData().get(0);
            assertEquals(corpus.sha256(), data.sha256(), "the bundled corpus changed; rebuild the default model: " + REBUILD);
            assertEquals(corpus.size(), data.rows(), "trained on every statement, none held out");
            assertEquals(List.of(Stance.values()), info.labels());
        }
    }

    @Test
    void isBuiltWithTheDefaultRecipe() throws Exception {
        JsonNode manifest = manifest();
        TrainingSettings defaults = TrainingSettings.defaults();
        var json = BundleJson.mapper();
        String hint = "the default recipe changed; rebuild the default model: " + REBUILD;
        assertEquals(json.valueToTree(defaults.text()), manifest.get("text"), hint);
        assertEquals(json.valueToTree(defaults.features()), manifest.get("features"), hint);
        assertEquals(json.valueToTree(defaults.network()), manifest.get("network"), hint);
        assertEquals(json.valueToTree(ModelSaver.trainerSettings(defaults)), manifest.get("training").get("settings"), hint);
        assertEquals(defaults.seed(), manifest.get("training").get("seed").asLong(), hint);
    }

    /**
     * Trains the default recipe afresh (about a minute on 2 cores) and compares with the shipped
     * model. Training is deterministic for a seed; a native build other than the one that built the
     * shipped model may round differently, hence the small tolerance.
     */
    @Test
    void rebuildingItGivesTheSamePredictions() throws Exception {
        Dataset corpus = BundledCorpus.load();
        TrainedModel rebuilt = new StanceTrainer(TrainingSettings.defaults()).train(corpus.statements(), TrainingListener.NONE);
        List<StanceInput> inputs = corpus.statements().stream().map(LabeledStatement::input).toList();
        List<Prediction> fresh = rebuilt.scorer().score(inputs);
        rebuilt.network().close();
        List<Prediction> shipped;
        try (StanceClassifier classifier = StanceClassifier.loadDefault()) {
            shipped = classifier.predictAll(inputs);
        }
        int sameStance = 0;
        double largestGap = 0;
        for (int i = 0; i < inputs.size(); i++) {
            sameStance += fresh.get(i).stance() == shipped.get(i).stance() ? 1 : 0;
            for (Stance s : Stance.values()) {
                largestGap = Math.max(largestGap, Math.abs(fresh.get(i).probability(s) - shipped.get(i).probability(s)));
            }
        }
        String hint = "rebuild the default model: " + REBUILD;
        assertTrue(sameStance >= 0.995 * inputs.size(), sameStance + " of " + inputs.size() + " stances agree; " + hint);
        assertTrue(largestGap < 0.05, "largest probability gap " + largestGap + "; " + hint);
    }

    private static JsonNode manifest() throws Exception {
        try (InputStream in = DefaultModelTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "the default model is missing; build it: " + REBUILD);
            try (ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    if (e.getName().equals("manifest.json")) {
                        return BundleJson.mapper().readTree(zip.readAllBytes());
                    }
                }
            }
        }
        throw new AssertionError("the default model has no manifest.json");
    }
}
