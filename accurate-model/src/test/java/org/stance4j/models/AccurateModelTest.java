package org.stance4j.models;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.stance4j.datasets.BundledCorpus;
import org.stance4j.datasets.Dataset;
import org.stance4j.datasets.EventRelations;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.encoder.BaseEncoder;
import org.stance4j.encoder.EncoderSettings;
import org.stance4j.inference.BuiltInModel;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.ModelInfo;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;
import org.stance4j.model.bundle.BundleJson;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped accurate model is what {@link #REBUILD} builds from the code and the bundled corpus as
 * they are now: the mean of the encoder recipe and, for events of the corpus, the n-gram recipe trained
 * with the derived rows, or for any other event the shipped fast model, byte for byte; every member
 * trained on the same data (by SHA-256), the encoder from the same base weights; and it really scores.
 * Rebuilding the encoder takes about half an hour on 2 cores, so this checks the record, not a fresh run.
 */
class AccurateModelTest {
    static final String REBUILD = "./stance4j train --recipe encoder --holdout 0 --half-precision --out encoder.zip && "
            + "./stance4j train --augment opposite --holdout 0 --out derived.zip && "
            + "./stance4j combine --other-events-only inference/src/main/resources/org/stance4j/inference/default-model.zip "
            + "--known-events-only derived.zip encoder.zip --out accurate-model/src/main/resources/org/stance4j/models/accurate-model.zip";
    private static final String OTHER = "members/1-ngram-other-events.zip";
    private static final String KNOWN = "members/2-ngram-known-events.zip";
    private static final String ENCODER = "members/3-encoder.zip";

    @Test
    void isTrainedOnTheBundledCorpusAsItIsNow() throws Exception {
        Dataset corpus = BundledCorpus.load();
        try (StanceClassifier shipped = StanceClassifier.load(BuiltInModel.ACCURATE)) {
            ModelInfo info = shipped.info();
            assertEquals("mean", info.kind());
            assertEquals(1, info.trainingData().size());
            ModelInfo.TrainingData data = info.trainingData().get(0);
            assertEquals(corpus.sha256(), data.sha256(), "the bundled corpus changed; rebuild the accurate model: " + REBUILD);
            assertEquals(corpus.size(), data.rows(), "trained on every statement, none held out");
            assertEquals(List.of(Stance.values()), info.labels());
        }
    }

    @Test
    void isTheMeanOfAnEncoderAndTheFastModelOrForTheCorpusEventsTheDerivedRowsModel() throws Exception {
        Map<String, byte[]> members = members();
        assertEquals(List.of(OTHER, KNOWN, ENCODER), List.copyOf(members.keySet()));
        try (InputStream fast = AccurateModelTest.class.getClassLoader().getResourceAsStream(BuiltInModel.FAST.resource())) {
            assertNotNull(fast);
            assertArrayEquals(fast.readAllBytes(), members.get(OTHER), "the fast model changed; rebuild the accurate model: " + REBUILD);
        }
        JsonNode config = manifest(shipped()).get("config");
        assertEquals("other-events", config.get("serves").get(OTHER).asText());
        assertEquals("known-events", config.get("serves").get(KNOWN).asText());
        assertEquals(2, config.get("serves").size(), "the encoder scores every statement");
        List<String> known = new ArrayList<>();
        config.get("known_events").forEach(e -> known.add(e.asText()));
        assertEquals(BundledCorpus.load().statements().stream().map(LabeledStatement::event).distinct().sorted().toList(), known,
                "the known events are the corpus's; rebuild the accurate model: " + REBUILD);
    }

    @Test
    void itsKnownEventsMemberIsTheFastRecipeWithTheDerivedRows() throws Exception {
        JsonNode derived = manifest(new ByteArrayInputStream(members().get(KNOWN)));
        JsonNode fast = manifest(new ByteArrayInputStream(members().get(OTHER)));
        String hint = "rebuild the accurate model: " + REBUILD;
        assertEquals("ngram", derived.get("kind").asText());
        com.fasterxml.jackson.databind.node.ObjectNode settings = derived.get("training").get("settings").deepCopy();
        assertEquals("opposite", settings.remove("augmentation").asText(), hint);
        assertEquals(EventRelations.ORIGIN, settings.remove("relations").asText(), hint);
        assertEquals(EventRelations.bundled().sha256(), settings.remove("relationsSha256").asText(),
                "the event relations changed; " + hint);
        assertEquals(fast.get("training").get("settings"), settings, "the n-gram recipe changed; " + hint);
        assertEquals(fast.get("features"), derived.get("features"), hint);
        assertEquals(fast.get("network"), derived.get("network"), hint);
        assertEquals(fast.get("training").get("seed"), derived.get("training").get("seed"), hint);
        assertEquals(fast.get("training").get("data"), derived.get("training").get("data"), "the same corpus, all of it; " + hint);
    }

    @Test
    void itsEncoderIsBuiltWithTheEncoderRecipeFromItsBase() throws Exception {
        JsonNode encoder = manifest(new ByteArrayInputStream(members().get(ENCODER)));
        assertEquals("encoder", encoder.get("kind").asText());
        assertEquals(BundledCorpus.load().sha256(), encoder.get("training").get("data").get(0).get("sha256").asText(),
                "the bundled corpus changed; rebuild the accurate model: " + REBUILD);
        JsonNode config = encoder.get("config");
        String hint = "the encoder recipe changed; rebuild the accurate model: " + REBUILD;
        var json = BundleJson.mapper();
        assertEquals(EncoderSettings.defaults(), json.treeToValue(config.get("settings"), EncoderSettings.class), hint);
        BaseEncoder base = BaseEncoder.miniLmL6();
        assertEquals(base.name(), config.get("base").asText());
        assertEquals(base.artifact(), config.get("baseArtifact").asText());
        assertEquals(base.onnxSha256(), config.get("baseSha256").asText(), "the base weights changed; " + hint);
        assertEquals(16, config.get("precisionBits").asInt(), "shipped in half precision: " + REBUILD);
        JsonNode training = encoder.get("training");
        assertEquals("encoder", training.get("settings").get("recipe").asText());
        assertEquals(EncoderSettings.defaults().seed(), training.get("seed").asLong(), hint);
    }

    /**
     * The weights are the trained ones, served end to end: on statements of the corpus it was
     * trained on (nine tenths of them seen in training), a random model would be right a third of
     * the time.
     */
    @Test
    void scoresStatementsOfItsCorpusMostlyRight() throws Exception {
        List<LabeledStatement> sample = new ArrayList<>(BundledCorpus.load().statements());
        java.util.Collections.shuffle(sample, new Random(7));
        sample = sample.subList(0, 120);
        List<StanceInput> inputs = sample.stream().map(LabeledStatement::input).toList();
        try (StanceClassifier shipped = StanceClassifier.load(BuiltInModel.ACCURATE)) {
            List<Prediction> predictions = shipped.predictAll(inputs);
            int right = 0;
            for (int i = 0; i < inputs.size(); i++) {
                right += predictions.get(i).stance() == sample.get(i).stance() ? 1 : 0;
            }
            assertTrue(right >= 0.8 * inputs.size(), right + " of " + inputs.size() + " right");
        }
    }

    /** The shipped model's entries after its manifest: its members, by entry name, in order. */
    private static Map<String, byte[]> members() throws Exception {
        try (InputStream in = shipped(); ZipInputStream zip = new ZipInputStream(in)) {
            Map<String, byte[]> members = new LinkedHashMap<>();
            assertEquals("manifest.json", zip.getNextEntry().getName());
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                members.put(e.getName(), zip.readAllBytes());
            }
            return members;
        }
    }

    private static InputStream shipped() {
        InputStream in = AccurateModelTest.class.getClassLoader().getResourceAsStream(BuiltInModel.ACCURATE.resource());
        assertNotNull(in, "the accurate model is missing; build it: " + REBUILD);
        return in;
    }

    private static JsonNode manifest(InputStream bundle) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(bundle)) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("manifest.json", first.getName());
            return BundleJson.mapper().readTree(zip.readAllBytes());
        }
    }
}
