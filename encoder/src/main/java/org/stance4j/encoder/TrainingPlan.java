package org.stance4j.encoder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The batches of every epoch: examples grouped by length bucket, shuffled within their bucket, cut into
 * batches, and the batches shuffled, all from the seed and the epoch number, so that a run can be
 * repeated and resumed at any step.
 */
final class TrainingPlan {
    /** One batch: the examples' indices and the length they are padded to. */
    record Batch(int[] examples, int length) {
    }

    private final int[] bucketOfExample;
    private final List<Integer> buckets;
    private final int batchSize;
    private final long seed;

    TrainingPlan(int[] bucketOfExample, List<Integer> buckets, int batchSize, long seed) {
        this.bucketOfExample = bucketOfExample.clone();
        this.buckets = List.copyOf(buckets);
        this.batchSize = batchSize;
        this.seed = seed;
    }

    /** Batches per epoch; the same for every epoch. */
    int batchesPerEpoch() {
        int n = 0;
        for (int b : buckets) {
            int count = 0;
            for (int x : bucketOfExample) {
                count += x == b ? 1 : 0;
            }
            n += (count + batchSize - 1) / batchSize;
        }
        return n;
    }

    /** The batches of the 0-based {@code epoch}, in training order. */
    List<Batch> epoch(int epoch) {
        // java.util.Random's sequence is specified, so the order is the same on every JVM
        Random random = new Random(seed * 1_000_003L + epoch);
        List<Batch> batches = new ArrayList<>();
        for (int b : buckets) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < bucketOfExample.length; i++) {
                if (bucketOfExample[i] == b) {
                    members.add(i);
                }
            }
            Collections.shuffle(members, random);
            for (int from = 0; from < members.size(); from += batchSize) {
                List<Integer> part = members.subList(from, Math.min(members.size(), from + batchSize));
                batches.add(new Batch(part.stream().mapToInt(Integer::intValue).toArray(), b));
            }
        }
        Collections.shuffle(batches, random);
        return batches;
    }
}
