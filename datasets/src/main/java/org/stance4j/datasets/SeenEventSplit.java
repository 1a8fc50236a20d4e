package org.stance4j.datasets;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bundled corpus's evaluation of events seen in training, in three parts: statements to train
 * on, held-out statements, and whole contrastive texts held out toward every event of their pair.
 * No text of {@code pairedTexts} is in {@code train} or {@code test}, under any event.
 *
 * @param train the statements to train on
 * @param test held-out statements (the stratified share, without the paired texts)
 * @param pairedTexts every row of the contrastive texts held out toward all their events
 */
public record SeenEventSplit(List<LabeledStatement> train, List<LabeledStatement> test, List<LabeledStatement> pairedTexts) {
    public SeenEventSplit {
        train = List.copyOf(train);
        test = List.copyOf(test);
        pairedTexts = List.copyOf(pairedTexts);
    }

    /** {@code stratified} with every row whose text is in {@code pairedTexts} taken off both sides. */
    static SeenEventSplit of(Split stratified, List<LabeledStatement> pairedTexts) {
        Set<String> texts = new HashSet<>();
        pairedTexts.forEach(s -> texts.add(s.text()));
        return new SeenEventSplit(without(stratified.train(), texts), without(stratified.test(), texts), pairedTexts);
    }

    /** Every statement held out from training, of both test parts. */
    public List<LabeledStatement> heldOut() {
        List<LabeledStatement> all = new ArrayList<>(test);
        all.addAll(pairedTexts);
        return all;
    }

    private static List<LabeledStatement> without(List<LabeledStatement> rows, Set<String> texts) {
        return rows.stream().filter(s -> !texts.contains(s.text())).toList();
    }
}
