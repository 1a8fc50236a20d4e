package org.stance4j.inference;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
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
 * A model saved by release 0.1.0 (format 1.0; {@code src/test/resources/compat}) keeps loading
 * and keeps giving the predictions it gave then. Add a fixture here for every release that
 * changes the bundle format, the text pipeline or the featuriser, and keep the old ones.
 */
class EarlierReleaseModelTest {
    @Test
    void aModelFromRelease010LoadsAndPredictsAsItDidThen() throws Exception {
        Path bundle = Files.createTempFile("model-0.1.0", ".zip");
        try (InputStream in = getClass().getResourceAsStream("/compat/model-0.1.0.zip")) {
            Files.write(bundle, in.readAllBytes());
        }
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/compat/model-0.1.0.predictions.json")) {
            expected = BundleJson.mapper().readTree(in);
        }
        List<StanceInput> inputs = new ArrayList<>();
        expected.forEach(row -> inputs.add(new StanceInput(row.get("event").asText(), row.get("text").asText())));
        try (StanceClassifier classifier = StanceClassifier.load(bundle)) {
            ModelInfo info = classifier.info();
            assertEquals("1.0", info.formatVersion());
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
