package org.stance4j.model.kind;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stance4j.model.Stance;
import org.stance4j.model.bundle.BundleJson;
import org.stance4j.model.bundle.BundleWriter;
import org.stance4j.model.bundle.Manifest;
import org.stance4j.model.bundle.TrainingRecord;
import org.stance4j.model.bundle.Versions;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a bundle of kind {@code mean} from complete member bundles. */
public final class MeanBundle {
    private MeanBundle() {
    }

    /**
     * One member: a short name for its entry (its kind, say) and the bytes of a complete bundle.
     */
    public record Member(String name, byte[] bundle) {
        public Member {
            if (!name.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("a member's name is lower-case letters, digits and hyphens, got " + name);
            }
        }
    }

    /**
     * @param members two or more, in order; their entries are numbered, so names may repeat
     */
    public static void write(Path target, List<Member> members, TrainingRecord training, Versions versions,
                             Map<String, Double> devMetrics) throws IOException {
        if (members.size() < 2) {
            throw new IllegalArgumentException("a mean needs two or more members, got " + members.size());
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        ArrayNode listed = BundleJson.mapper().createArrayNode();
        int i = 1;
        for (Member m : members) {
            String entry = MeanKind.MEMBERS + (i++) + "-" + m.name() + ".zip";
            entries.put(entry, m.bundle());
            listed.add(entry);
        }
        ObjectNode config = BundleJson.mapper().createObjectNode();
        config.set("members", listed);
        Manifest manifest = Manifest.of(MeanKind.NAME, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                Arrays.stream(Stance.values()).map(Stance::label).toList(), config, training, versions, devMetrics);
        BundleWriter.write(target, manifest, entries);
    }
}
