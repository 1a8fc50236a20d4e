package org.stance4j.inference;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stance4j.model.ModelInfo;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;
import org.stance4j.model.bundle.BundleJson;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Models saved by earlier releases ({@code src/test/resources/compat}) keep loading and keep giving
 * the predictions they gave then: release 0.1.0's (format 1.0), and one of format 2.0, both written
 * by ND4J and now read without it. Add a fixture here for every release that changes the bundle
 * format, the text pipeline or the featuriser, and keep the old ones.
 */
class EarlierReleaseModelTest {
    @ParameterizedTest
    @CsvSource({"model-0.1.0, 1.0", "model-format-2.0, 2.0"})
    void aModelFromAnEarlierReleaseLoadsAndPredictsAsItDidThen(String fixture, String format) throws Exception {
        Path bundle = Files.createTempFile(fixture, ".zip");
        try (InputStream in = getClass().getResourceAsStream("/compat/" + fixture + ".zip")) {
            Files.write(bundle, in.readAllBytes());
        }
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/compat/" + fixture + ".predictions.json")) {
            expected = BundleJson.mapper().readTree(in);
        }
        List<StanceInput> inputs = new ArrayList<>();
        expected.forEach(row -> inputs.add(new StanceInput(row.get("event").asText(), row.get("text").asText())));
        try (StanceClassifier classifier = StanceClassifier.load(bundle)) {
            ModelInfo info = classifier.info();
            assertEquals(format, info.formatVersion());
            assertEquals("ngram", info.kind());
            assertEquals("0.1.0-SNAPSHOT", info.toolkitVersion());
            List<Prediction> predictions = classifier.predictAll(inputs);
            for (int i = 0; i < inputs.size(); i++) {
                JsonNode row = expected.get(i);
                assertEquals(row.get("stance").asText(), predictions.get(i).stance().label(), "row " + i);
                for (Stance s : Stance.values()) {
                    assertEquals(row.get(s.label()).asDouble(), predictions.get(i).probability(s), 1e-5, "row " + i + " " + s);
                }
            }
        } finally {
            Files.deleteIfExists(bundle);
        }
    }
}
