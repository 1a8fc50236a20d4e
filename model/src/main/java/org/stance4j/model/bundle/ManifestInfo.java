package org.stance4j.model.bundle;

import org.stance4j.model.ModelInfo;
import org.stance4j.model.Stance;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a manifest into the public {@link ModelInfo} view. */
final class ManifestInfo {
    private ManifestInfo() {
    }

    static ModelInfo of(Manifest m) {
        List<ModelInfo.TrainingData> data = m.training().data().stream()
                .map(d -> new ModelInfo.TrainingData(d.role(), d.path(), d.format(), d.sha256(), d.rows(), stances(d.labels())))
                .toList();
        List<Stance> labels = m.labels().stream().map(l -> Stance.fromLabel(l).orElseThrow()).toList();
        Map<String, String> versions = new LinkedHashMap<>();
        if (m.versions() != null) {
            versions.put("stance4j", m.versions().stance4j());
            versions.put("dl4j", m.versions().dl4j());
            versions.put("nd4j", m.versions().nd4j());
            versions.put("corenlp", m.versions().corenlp());
            versions.put("java", m.versions().java());
            versions.put("native", m.versions().nativeBuild());
            versions.values().removeIf(v -> v == null);
        }
        return new ModelInfo(m.toolkitVersion(), m.formatVersion(), m.kindName(), created(m.created()), labels, m.training().seed(),
                data, m.devMetrics() == null ? Map.of() : m.devMetrics(), versions);
    }

    private static Map<Stance, Long> stances(Map<String, Long> labels) {
        Map<Stance, Long> out = new EnumMap<>(Stance.class);
        labels.forEach((label, count) -> Stance.fromLabel(label).ifPresent(s -> out.put(s, count)));
        return out;
    }

    private static Instant created(String iso) {
        try {
            return iso == null ? Instant.EPOCH : Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
