package org.stance4j.model.kind;

import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Averages its members' probabilities statement by statement; each member batches as it likes.
 *
 * <p>A member may serve only some statements: those toward the events the model was trained on
 * ({@link Serves#KNOWN_EVENTS}), or only the others ({@link Serves#OTHER_EVENTS}). That is how a
 * member that has learnt which way each of its training events points (and so is worse on events it
 * never saw) stands in for a general one on exactly the events it knows. Events are matched by
 * {@link #eventKey}: case and runs of white space do not count, everything else does.
 */
public final class MeanScorer implements Scorer {
    /** Which statements a member scores, by their event. */
    public enum Serves {
        ALL("all"), KNOWN_EVENTS("known-events"), OTHER_EVENTS("other-events");

        private final String label;

        Serves(String label) {
            this.label = label;
        }

        /** How the bundle's config spells it. */
        public String label() {
            return label;
        }

        /** The value the label names, if any. */
        public static Optional<Serves> fromLabel(String label) {
            return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
        }

        boolean serves(boolean known) {
            return this == ALL || (this == KNOWN_EVENTS) == known;
        }
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final List<Scorer> members;
    private final List<Serves> serves;
    private final Set<String> knownEvents;

    /** @param members two or more scorers that serve every statement, closed with this one */
    public MeanScorer(List<Scorer> members) {
        this(members, members.stream().map(m -> Serves.ALL).toList(), Set.of());
    }

    /**
     * @param members     two or more scorers, closed with this one
     * @param serves      for each member, which statements it scores; every statement must be served by
     *                    at least one member whether its event is known or not
     * @param knownEvents the events the model was trained on, as given (they are matched by {@link #eventKey})
     */
    public MeanScorer(List<Scorer> members, List<Serves> serves, Set<String> knownEvents) {
        if (serves.size() != members.size()) {
            throw new IllegalArgumentException(members.size() + " members but " + serves.size() + " say what they serve");
        }
        check(serves, knownEvents);
        this.members = List.copyOf(members);
        this.serves = List.copyOf(serves);
        this.knownEvents = knownEvents.stream().map(MeanScorer::eventKey).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Refuses a mean that some statement would reach with no member to score it, or whose members
     * serve known or other events while no event is known.
     *
     * @param serves for each member, which statements it scores
     */
    static void check(List<Serves> serves, Set<String> knownEvents) {
        if (serves.size() < 2) {
            throw new IllegalArgumentException("a mean needs two or more members, got " + serves.size());
        }
        for (boolean known : new boolean[]{true, false}) {
            if (serves.stream().noneMatch(s -> s.serves(known))) {
                throw new IllegalArgumentException("no member serves the " + (known ? "known" : "other") + " events");
            }
        }
        if (serves.stream().anyMatch(s -> s != Serves.ALL) && knownEvents.isEmpty()) {
            throw new IllegalArgumentException("a member serves only known or other events, but no event is known");
        }
    }

    /** How events are compared: lower case, white space runs as one space, none at the ends. */
    public static String eventKey(String event) {
        // on every statement a mean with known events scores: hence the compiled pattern
        return WHITE_SPACE.matcher(event.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    @Override
    public List<Prediction> score(List<StanceInput> inputs) {
        boolean[] known = new boolean[inputs.size()];
        for (int i = 0; i < known.length; i++) {
            known[i] = !knownEvents.isEmpty() && knownEvents.contains(eventKey(inputs.get(i).event()));
        }
        double[][] sums = new double[inputs.size()][Stance.values().length];
        int[] counts = new int[inputs.size()];
        for (int m = 0; m < members.size(); m++) {
            List<Integer> rows = new ArrayList<>(inputs.size());
            for (int i = 0; i < known.length; i++) {
                if (serves.get(m).serves(known[i])) {
                    rows.add(i);
                }
            }
            if (rows.isEmpty()) {
                continue;
            }
            List<StanceInput> mine = rows.size() == inputs.size() ? inputs : rows.stream().map(inputs::get).toList();
            List<Prediction> predictions = members.get(m).score(mine);
            if (predictions.size() != mine.size()) {
                throw new IllegalStateException("a member gave " + predictions.size() + " predictions for " + mine.size() + " inputs");
            }
            for (int r = 0; r < rows.size(); r++) {
                int i = rows.get(r);
                for (Stance s : Stance.values()) {
                    sums[i][s.ordinal()] += predictions.get(r).probability(s);
                }
                counts[i]++;
            }
        }
        List<Prediction> mean = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            Map<Stance, Double> p = new EnumMap<>(Stance.class);
            for (Stance s : Stance.values()) {
                p.put(s, sums[i][s.ordinal()] / counts[i]);
            }
            mean.add(Prediction.of(p));
        }
        return mean;
    }

    @Override
    public void close() {
        members.forEach(Scorer::close);
    }
}
