package org.stance4j.datasets;

import org.stance4j.model.Stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Figures that describe a set of labeled statements: sizes, stance shares overall and per event,
 * sources, speakers, lengths in words, contrastive rows (the same text with different stances toward
 * different events) and hard-case tags. Immutable; {@link #markdown()} renders it for a datasheet.
 *
 * @param perEvent event -> stance -> count, events in order of first appearance
 * @param sources source (quote, headline, post...) -> count, sorted by name
 * @param phenomena hard-case tag -> count, sorted by name (empty when the data has no tags)
 * @param words minimum, median and maximum words per statement
 * @param contrastiveRows statements whose exact text also appears, with another stance, toward another event
 * @param contrastiveTexts distinct texts among those
 */
public record DatasetStatistics(String origin, String sha256, int statements, Map<Stance, Long> stances,
                                Map<String, Map<Stance, Long>> perEvent, Map<String, Long> sources, int speakers,
                                Map<String, Long> phenomena, int[] words, long contrastiveRows, long contrastiveTexts) {

    /** @param phenomena hard-case tag per statement id (may be empty) */
    public static DatasetStatistics of(Dataset dataset, Map<String, String> phenomena) {
        List<LabeledStatement> all = dataset.statements();
        Map<String, Map<Stance, Long>> perEvent = new LinkedHashMap<>();
        Map<String, Long> sources = new TreeMap<>();
        Set<String> speakers = new HashSet<>();
        Map<String, Long> tags = new TreeMap<>();
        Map<String, Set<String>> eventsOfText = new HashMap<>();
        Map<String, Set<Stance>> stancesOfText = new HashMap<>();
        int[] lengths = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            LabeledStatement s = all.get(i);
            perEvent.computeIfAbsent(s.event(), e -> zeroCounts()).merge(s.stance(), 1L, Long::sum);
            if (!s.source().isEmpty()) {
                sources.merge(s.source(), 1L, Long::sum);
            }
            if (!s.speaker().isEmpty()) {
                speakers.add(s.speaker());
            }
            String tag = phenomena.get(s.id());
            if (tag != null) {
                tags.merge(tag, 1L, Long::sum);
            }
            eventsOfText.computeIfAbsent(s.text(), t -> new HashSet<>()).add(s.event());
            stancesOfText.computeIfAbsent(s.text(), t -> new HashSet<>()).add(s.stance());
            lengths[i] = s.text().strip().split("\\s+").length;
        }
        long contrastiveRows = all.stream().filter(s -> eventsOfText.get(s.text()).size() > 1 && stancesOfText.get(s.text()).size() > 1).count();
        long contrastiveTexts = eventsOfText.keySet().stream().filter(t -> eventsOfText.get(t).size() > 1 && stancesOfText.get(t).size() > 1).count();
        Arrays.sort(lengths);
        int[] words = lengths.length == 0 ? new int[] {0, 0, 0} : new int[] {lengths[0], lengths[lengths.length / 2], lengths[lengths.length - 1]};
        return new DatasetStatistics(dataset.origin(), dataset.sha256(), all.size(), dataset.labelCounts(), perEvent, sources,
                speakers.size(), tags, words, contrastiveRows, contrastiveTexts);
    }

    private static Map<Stance, Long> zeroCounts() {
        Map<Stance, Long> counts = new EnumMap<>(Stance.class);
        for (Stance s : Stance.values()) {
            counts.put(s, 0L);
        }
        return counts;
    }

    /** The figures as Markdown: a summary table, then stance counts per event. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| figure | value |\n|---|---|\n");
        row(md, "statements", Integer.toString(statements));
        row(md, "events", Integer.toString(perEvent.size()));
        for (Map.Entry<Stance, Long> e : stances.entrySet()) {
            row(md, e.getKey().label(), String.format(Locale.ROOT, "%d (%.1f%%)", e.getValue(), 100.0 * e.getValue() / Math.max(1, statements)));
        }
        row(md, "speakers (distinct)", Integer.toString(speakers));
        if (!sources.isEmpty()) {
            List<String> parts = new ArrayList<>();
            sources.forEach((k, v) -> parts.add(k + " " + v));
            row(md, "sources", String.join(", ", parts));
        }
        row(md, "words per statement (min / median / max)", words[0] + " / " + words[1] + " / " + words[2]);
        row(md, "contrastive rows (texts)", contrastiveRows + " (" + contrastiveTexts + ")");
        if (!phenomena.isEmpty()) {
            long total = phenomena.values().stream().mapToLong(Long::longValue).sum();
            List<String> parts = new ArrayList<>();
            phenomena.forEach((k, v) -> parts.add(k + " " + v));
            row(md, "hard cases", total + ": " + String.join(", ", parts));
        }
        row(md, "SHA-256", "`" + sha256 + "`");
        md.append("\n| event | supportive | condemning | neutral | total |\n|---|---:|---:|---:|---:|\n");
        perEvent.forEach((event, counts) -> md.append("| ").append(event.replace("|", "\\|")).append(" | ")
                .append(counts.get(Stance.SUPPORTIVE)).append(" | ").append(counts.get(Stance.CONDEMNING)).append(" | ")
                .append(counts.get(Stance.NEUTRAL)).append(" | ")
                .append(counts.values().stream().mapToLong(Long::longValue).sum()).append(" |\n"));
        return md.toString();
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatasetStatistics other && markdown().equals(other.markdown());
    }

    @Override
    public int hashCode() {
        return markdown().hashCode();
    }

    @Override
    public String toString() {
        return markdown();
    }
}
