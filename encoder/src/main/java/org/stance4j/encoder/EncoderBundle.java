package org.stance4j.encoder;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stance4j.model.Stance;
import org.stance4j.model.bundle.BundleJson;
import org.stance4j.model.bundle.BundleWriter;
import org.stance4j.model.bundle.Manifest;
import org.stance4j.model.bundle.TrainingRecord;
import org.stance4j.model.bundle.Versions;
import org.stance4j.nd4j.NativeBackend;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;

/**
 * Writes a fine-tuned encoder as a model bundle of kind {@code encoder}: the common manifest, whose
 * {@code config} names the base encoder, the Maven artifact its weights came from and their SHA-256,
 * then the model's own entries. The word-embedding table, which fine-tuning leaves as it was, stays
 * in the base artifact and is checked by SHA-256 on loading.
 */
public final class EncoderBundle {
    private EncoderBundle() {
    }

    /**
     * @param halfPrecision store the weights as half floats (half the size; probabilities move by about 1e-3)
     */
    public static void write(Path target, EncoderModel model, TrainingRecord training, Map<String, Double> devMetrics,
                             boolean halfPrecision) throws IOException {
        Map<String, byte[]> entries = model.entries(halfPrecision, false);
        BaseEncoder base = model.base();
        ObjectNode config = BundleJson.mapper().createObjectNode();
        config.put("base", base.name());
        if (base.isPretrained()) {
            config.put("baseArtifact", base.artifact());
            config.put("baseResource", base.onnxResource());
            config.put("baseSha256", base.onnxSha256());
        } else {
            config.put("baseInitSeed", base.initSeed());
        }
        config.put("tokenizerSha256", base.tokenizerSha256());
        config.set("encoder", BundleJson.mapper().valueToTree(base.config()));
        config.set("settings", BundleJson.mapper().valueToTree(model.settings()));
        config.put("precisionBits", halfPrecision ? 16 : 32);
        Manifest manifest = Manifest.of(EncoderKind.NAME, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                Arrays.stream(Stance.values()).map(Stance::label).toList(), config, training,
                Versions.current(NativeBackend.loadedBuild()), devMetrics);
        BundleWriter.write(target, manifest, entries);
    }
}
