package org.stance4j.model.features;


/**
 * The hashed features of a batch of statements, ready to become the network's inputs: one bag of
 * bucket indices per {@link Bag}, each padded with {@value #PADDING} to the longest member of the
 * batch. The padding marks itself, so the network needs no mask arrays.
 */
public final class FeatureBatch {
    /** The index that fills a row after its last feature; the embedding bag skips it. */
    public static final int PADDING = -1;

    /** The bags of features of a statement, in network input order. */
    public enum Bag {
        /** The statement's word n-grams, shared by every event. */
        WORDS("words"),
        /** Character n-grams inside the statement's tokens, shared by every event. */
        CHARS("chars"),
        /** The statement's word n-grams, and with character crossing its character n-grams, hashed together with its event: a model per event. */
        CROSSED("crossed"),
        /** The event's words and word bigrams. */
        EVENT("event");

        private final String input;

        Bag(String input) {
            this.input = input;
        }

        /** The network input's name. */
        public String input() {
            return input;
        }
    }

    private final int[][][] bags;

    /** @param bags per bag (in {@link Bag} order), per statement, the bucket indices */
    FeatureBatch(int[][][] bags) {
        if (bags.length != Bag.values().length) {
            throw new IllegalArgumentException("expected " + Bag.values().length + " bags, got " + bags.length);
        }
        this.bags = bags;
    }

    /** The statements at {@code rows}, in that order (a minibatch of a featurised training set). */
    public FeatureBatch select(int[] rows) {
        int[][][] selected = new int[bags.length][rows.length][];
        for (int b = 0; b < bags.length; b++) {
            for (int i = 0; i < rows.length; i++) {
                selected[b][i] = bags[b][rows[i]];
            }
        }
        return new FeatureBatch(selected);
    }

    public int size() {
        return bags[0].length;
    }

    /** The number of features of statement {@code i} in all its bags, for batching by length. */
    public int featureCount(int i) {
        int n = 0;
        for (int[][] bag : bags) {
            n += bag[i].length;
        }
        return n;
    }

    /** The bucket indices of statement {@code i} in one bag, shared: read, do not modify. */
    public int[] row(Bag bag, int i) {
        return bags[bag.ordinal()][i];
    }

    /** A copy of the bucket indices of statement {@code i} in one bag. */
    public int[] features(Bag bag, int i) {
        return bags[bag.ordinal()][i].clone();
    }
}
