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
import java.util.Objects;
import java.util.Set;

/** Writes a bundle of kind {@code mean} from complete member bundles. */
public final class MeanBundle {
    private MeanBundle() {
    }

    /**
     * One member: a short name for its entry (its kind, say), the bytes of a complete bundle, and
     * which statements it scores.
     */
    public record Member(String name, byte[] bundle, MeanScorer.Serves serves) {
        public Member {
            if (!name.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("a member's name is lower-case letters, digits and hyphens, got " + name);
            }
            Objects.requireNonNull(serves, "serves");
        }

        /** A member that scores every statement. */
        public Member(String name, byte[] bundle) {
            this(name, bundle, MeanScorer.Serves.ALL);
        }
    }

    /**
     * @param members two or more, in order, each serving all events; their entries are numbered, so names may repeat
     */
    public static void write(Path target, List<Member> members, TrainingRecord training, Versions versions,
                             Map<String, Double> devMetrics) throws IOException {
        write(target, members, Set.of(), training, versions, devMetrics);
    }

    /**
     * @param members     two or more, in order; their entries are numbered, so names may repeat
     * @param knownEvents the events the model was trained on, which decide what members serving only
     *                    known or only other events score; empty when every member serves all events
     */
    public static void write(Path target, List<Member> members, Set<String> knownEvents, TrainingRecord training,
                             Versions versions, Map<String, Double> devMetrics) throws IOException {
        // the checks the scorer makes on load: every statement served, known events where a member needs them
        MeanScorer.check(members.stream().map(Member::serves).toList(), knownEvents);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        ArrayNode listed = BundleJson.mapper().createArrayNode();
        ObjectNode serves = BundleJson.mapper().createObjectNode();
        int i = 1;
        for (Member m : members) {
            String entry = MeanKind.MEMBERS + (i++) + "-" + m.name() + ".zip";
            entries.put(entry, m.bundle());
            listed.add(entry);
            if (m.serves() != MeanScorer.Serves.ALL) {
                serves.put(entry, m.serves().label());
            }
        }
        ObjectNode config = BundleJson.mapper().createObjectNode();
        config.set("members", listed);
        if (!serves.isEmpty()) {
            config.set("serves", serves);
            ArrayNode events = config.putArray("known_events");
            knownEvents.stream().sorted().forEach(events::add);
        }
        Manifest manifest = Manifest.of(MeanKind.NAME, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                Arrays.stream(Stance.values()).map(Stance::label).toList(), config, training, versions, devMetrics);
        BundleWriter.write(target, manifest, entries);
    }
}
