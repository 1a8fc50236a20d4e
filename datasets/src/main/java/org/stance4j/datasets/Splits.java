package org.stance4j.datasets;

import org.stance4j.model.Stance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Seeded, reproducible ways to divide statements: stratified hold-out and k-fold splits that keep
 * each stance's share, and grouped splits that keep whole events (or claims) on one side, so that
 * test events are never seen in training. The same input order and seed always give the same split.
 */
public final class Splits {
    private Splits() {
    }

    /** Holds out {@code testFraction} of each stance's statements. */
    public static Split stratified(List<LabeledStatement> statements, double testFraction, long seed) {
        checkFraction(testFraction);
        List<LabeledStatement> train = new ArrayList<>();
        List<LabeledStatement> test = new ArrayList<>();
        Random random = new Random(seed);
        for (List<LabeledStatement> group : byStance(statements).values()) {
            List<LabeledStatement> shuffled = shuffled(group, random);
            int nTest = (int) Math.round(shuffled.size() * testFraction);
            test.addAll(shuffled.subList(0, nTest));
            train.addAll(shuffled.subList(nTest, shuffled.size()));
        }
        return new Split(shuffled(train, random), shuffled(test, random));
    }

    /** k stratified folds: fold i tests on the i-th share of each stance and trains on the rest. */
    public static List<Split> stratifiedFolds(List<LabeledStatement> statements, int k, long seed) {
        checkFolds(statements.size(), k);
        Random random = new Random(seed);
        List<List<LabeledStatement>> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            folds.add(new ArrayList<>());
        }
        int next = 0;
        for (List<LabeledStatement> group : byStance(statements).values()) {
            for (LabeledStatement s : shuffled(group, random)) {
                folds.get(next).add(s);
                next = (next + 1) % k;
            }
        }
        return fromFolds(folds, random);
    }

    /**
     * k folds over groups (events, claims): every group is tested in exactly one fold and never
     * trained on in that fold. Groups are dealt largest first to the smallest fold, so folds come out
     * about the same size.
     */
    public static List<Split> groupedFolds(List<LabeledStatement> statements, int k, long seed,
                                           Function<LabeledStatement, String> group) {
        Map<String, List<LabeledStatement>> groups = groups(statements, group);
        if (groups.size() < k) {
            throw new IllegalArgumentException("cannot make " + k + " folds from " + groups.size() + " groups");
        }
        Random random = new Random(seed);
        List<List<LabeledStatement>> members = shuffled(new ArrayList<>(groups.values()), random);
        members.sort((a, b) -> Integer.compare(b.size(), a.size()));
        List<List<LabeledStatement>> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            folds.add(new ArrayList<>());
        }
        for (List<LabeledStatement> m : members) {
            List<LabeledStatement> smallest = folds.get(0);
            for (List<LabeledStatement> f : folds) {
                if (f.size() < smallest.size()) {
                    smallest = f;
                }
            }
            smallest.addAll(m);
        }
        return fromFolds(folds, random);
    }

    /**
     * Holds out about {@code testFraction} of the events, with all their statements. Events that
     * share a statement text (contrastive pairs) stay on the same side, so no test text is ever
     * seen in training, even with another label.
     */
    public static Split byEvent(List<LabeledStatement> statements, double testFraction, long seed) {
        checkFraction(testFraction);
        List<Set<String>> clusters = eventClusters(statements);
        Random random = new Random(seed);
        List<Set<String>> order = shuffled(clusters, random);
        int events = order.stream().mapToInt(Set::size).sum();
        int wanted = (int) Math.round(events * testFraction);
        Set<String> testEvents = new HashSet<>();
        for (Set<String> cluster : order) {
            if (testEvents.size() >= wanted) {
                break;
            }
            if (testEvents.size() + cluster.size() <= wanted + 1) {
                testEvents.addAll(cluster);
            }
        }
        List<LabeledStatement> train = new ArrayList<>();
        List<LabeledStatement> test = new ArrayList<>();
        for (LabeledStatement s : statements) {
            (testEvents.contains(s.event()) ? test : train).add(s);
        }
        return new Split(shuffled(train, random), shuffled(test, random));
    }

    /**
     * Holds out about {@code fraction} of the contrastive texts (one text toward two or more events
     * with different stances) of each set of events, at least one per set, with every row of each
     * chosen text, toward all its events. Keeps the input order on both sides.
     */
    public static Split contrastiveTexts(List<LabeledStatement> statements, double fraction, long seed) {
        checkFraction(fraction);
        return ContrastiveTexts.split(statements, fraction, seed);
    }

    /** Events joined when they share an exact statement text, as sorted sets, in a stable order. */
    static List<Set<String>> eventClusters(List<LabeledStatement> statements) {
        Map<String, String> parent = new TreeMap<>();
        Map<String, String> firstEventOfText = new HashMap<>();
        for (LabeledStatement s : statements) {
            parent.putIfAbsent(s.event(), s.event());
            String other = firstEventOfText.putIfAbsent(s.text(), s.event());
            if (other != null) {
                union(parent, other, s.event());
            }
        }
        Map<String, Set<String>> clusters = new TreeMap<>();
        for (String event : parent.keySet()) {
            clusters.computeIfAbsent(find(parent, event), r -> new java.util.TreeSet<>()).add(event);
        }
        return new ArrayList<>(clusters.values());
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    private static List<Split> fromFolds(List<List<LabeledStatement>> folds, Random random) {
        List<Split> splits = new ArrayList<>();
        for (int i = 0; i < folds.size(); i++) {
            List<LabeledStatement> train = new ArrayList<>();
            for (int j = 0; j < folds.size(); j++) {
                if (j != i) {
                    train.addAll(folds.get(j));
                }
            }
            splits.add(new Split(shuffled(train, random), shuffled(folds.get(i), random)));
        }
        return splits;
    }

    private static Map<Stance, List<LabeledStatement>> byStance(List<LabeledStatement> statements) {
        Map<Stance, List<LabeledStatement>> groups = new EnumMap<>(Stance.class);
        for (LabeledStatement s : statements) {
            groups.computeIfAbsent(s.stance(), x -> new ArrayList<>()).add(s);
        }
        return groups;
    }

    private static Map<String, List<LabeledStatement>> groups(List<LabeledStatement> statements,
                                                             Function<LabeledStatement, String> group) {
        Map<String, List<LabeledStatement>> groups = new LinkedHashMap<>();
        for (LabeledStatement s : statements) {
            groups.computeIfAbsent(group.apply(s), x -> new ArrayList<>()).add(s);
        }
        return groups;
    }

    /** Fisher-Yates with java.util.Random, whose sequence the Java specification fixes. */
    static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            Collections.swap(copy, i, random.nextInt(i + 1));
        }
        return copy;
    }

    private static void checkFraction(double f) {
        if (!(f > 0 && f < 1)) {
            throw new IllegalArgumentException("test fraction must be between 0 and 1, got " + f);
        }
    }

    private static void checkFolds(int n, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
        }
        if (n < k) {
            throw new IllegalArgumentException("cannot make " + k + " folds from " + n + " statements");
        }
    }
}
