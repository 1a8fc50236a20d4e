package org.stance4j.model.kind;

import com.fasterxml.jackson.databind.JsonNode;
import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.bundle.BundleReader;
import org.stance4j.model.bundle.Manifest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code mean} model kind: two or more complete model bundles of any kinds, kept whole as entries
 * under {@value #MEMBERS}, whose probabilities are averaged statement by statement. The manifest's
 * {@code config.members} lists those entries in order. Each member is read as a bundle of its own, with
 * its own manifest, hashes and kind, so a member of a kind this class path lacks (an encoder, say) is
 * refused with that kind's message.
 *
 * <p>Optionally, {@code config.known_events} lists the events the model was trained on and
 * {@code config.serves} maps a member's entry to {@code known-events} or {@code other-events}: that
 * member then scores only statements toward those events (see {@link MeanScorer}). A member not in
 * {@code serves} scores every statement. Bundles written before these keys existed have neither.
 */
public final class MeanKind implements ModelKind {
    public static final String NAME = "mean";
    /** The folder of the member bundles inside the bundle. */
    public static final String MEMBERS = "members/";
    /** The largest member: well above any bundle stance4j writes, and within what one entry can hold in memory. */
    private static final long MAX_MEMBER_BYTES = 1L << 30;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long maxEntryBytes(String entry, Manifest manifest) {
        return entry.startsWith(MEMBERS) && entry.endsWith(".zip") && entry.indexOf('/', MEMBERS.length()) < 0
                ? MAX_MEMBER_BYTES : -1;
    }

    @Override
    public Scorer open(Manifest manifest, Map<String, byte[]> entries, String source) throws InvalidBundleException {
        List<String> names = members(manifest, entries, source);
        List<Scorer> scorers = new ArrayList<>(names.size());
        try {
            for (String member : names) {
                scorers.add(BundleReader.read(entries.get(member), source + "!" + member).scorer());
            }
        } catch (InvalidBundleException | RuntimeException e) {
            scorers.forEach(Scorer::close);
            throw e;
        }
        try {
            return new MeanScorer(scorers, serves(manifest, names, source), knownEvents(manifest, source));
        } catch (IllegalArgumentException e) {
            scorers.forEach(Scorer::close);
            throw new InvalidBundleException(source + ": " + e.getMessage());
        }
    }

    private static List<MeanScorer.Serves> serves(Manifest manifest, List<String> names, String source)
            throws InvalidBundleException {
        JsonNode serves = manifest.config().get("serves");
        List<MeanScorer.Serves> each = new ArrayList<>(Collections.nCopies(names.size(), MeanScorer.Serves.ALL));
        if (serves == null) {
            return each;
        }
        if (!serves.isObject()) {
            throw new InvalidBundleException(source + ": a mean model's config.serves must map members to what they serve");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = serves.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            int index = names.indexOf(e.getKey());
            MeanScorer.Serves which = e.getValue().isTextual() ? MeanScorer.Serves.fromLabel(e.getValue().asText()).orElse(null) : null;
            if (index < 0 || which == null) {
                throw new InvalidBundleException(source + ": config.serves maps " + e.getKey() + " to " + e.getValue()
                        + "; it maps members to all, known-events or other-events");
            }
            each.set(index, which);
        }
        return each;
    }

    private static Set<String> knownEvents(Manifest manifest, String source) throws InvalidBundleException {
        JsonNode listed = manifest.config().get("known_events");
        if (listed == null) {
            return Set.of();
        }
        if (!listed.isArray()) {
            throw new InvalidBundleException(source + ": a mean model's config.known_events must be a list of events");
        }
        Set<String> events = new LinkedHashSet<>();
        for (JsonNode event : listed) {
            if (!event.isTextual()) {
                throw new InvalidBundleException(source + ": config.known_events holds " + event + ", not an event");
            }
            events.add(event.asText());
        }
        return events;
    }

    /** The member entries that the manifest lists: at least two, each present, no other entry. */
    private static List<String> members(Manifest manifest, Map<String, byte[]> entries, String source)
            throws InvalidBundleException {
        JsonNode listed = manifest.config() == null ? null : manifest.config().get("members");
        if (listed == null || !listed.isArray() || listed.size() < 2) {
            throw new InvalidBundleException(source + ": a mean model's config must list at least two members");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode member : listed) {
            if (!member.isTextual() || !entries.containsKey(member.asText()) || names.contains(member.asText())) {
                throw new InvalidBundleException(source + ": the member " + member + " is not an entry of the bundle, or is listed twice");
            }
            names.add(member.asText());
        }
        if (names.size() != entries.size()) {
            throw new InvalidBundleException(source + ": the bundle has entries that its config does not list as members");
        }
        return names;
    }
}
