package org.stance4j.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.bundle.BundleJson;
import org.stance4j.model.bundle.Sha256;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** SHA-256 of a training run's settings and data: a checkpoint only resumes the run it came from. */
final class TrainingFingerprint {
    private TrainingFingerprint() {
    }

    static String of(TrainingSettings settings, List<LabeledStatement> train, List<LabeledStatement> dev) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(BundleJson.mapper().writeValueAsBytes(settings));
            for (List<LabeledStatement> part : List.of(train, dev)) {
                out.writeInt(part.size());
                for (LabeledStatement s : part) {
                    write(out, s.event());
                    write(out, s.text());
                    write(out, s.stance().label());
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("training settings are always serialisable", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Sha256.of(bytes.toByteArray());
    }

    private static void write(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
