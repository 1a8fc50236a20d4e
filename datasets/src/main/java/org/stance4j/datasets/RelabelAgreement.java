package org.stance4j.datasets;

import org.stance4j.model.Stance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a blind relabeling of sampled corpus rows agrees with the corpus: two annotators labelled
 * the rows again from the guidelines without seeing the written labels
 * ({@code stance4j-corpus-relabel.csv}: {@code id, annotator_a, annotator_b}).
 *
 * @param rows relabelled rows
 * @param aWithCorpus rows where annotator A gave the corpus label
 * @param bWithCorpus rows where annotator B gave the corpus label
 * @param aWithB rows where the two annotators agree
 * @param kappaAB Cohen's kappa between the two annotators
 */
record RelabelAgreement(int rows, int aWithCorpus, int bWithCorpus, int aWithB, double kappaAB) {
    private static final String RESOURCE = "stance4j-corpus-relabel.csv";

    /** One relabelled row: its label in the corpus and the two annotators' labels. */
    record Row(Stance corpus, Stance a, Stance b) {
    }

    /** The relabeling that ships with the corpus, against the corpus's labels. */
    static RelabelAgreement ofBundled(Dataset corpus) {
        Map<String, Stance> gold = new HashMap<>();
        corpus.statements().forEach(s -> gold.put(s.id(), s.stance()));
        List<Row> labels = new ArrayList<>();
        BundledCorpus.forEachRecord(RESOURCE, r -> {
            Stance corpusLabel = gold.get(r.get("id"));
            if (corpusLabel == null) {
                throw new IllegalStateException(RESOURCE + ": row " + r.get("id") + " is not in the corpus");
            }
            labels.add(new Row(corpusLabel, stance(r.get("annotator_a")), stance(r.get("annotator_b"))));
        });
        return of(labels);
    }

    static RelabelAgreement of(List<Row> labels) {
        int a = 0;
        int b = 0;
        int ab = 0;
        for (Row row : labels) {
            a += row.a() == row.corpus() ? 1 : 0;
            b += row.b() == row.corpus() ? 1 : 0;
            ab += row.a() == row.b() ? 1 : 0;
        }
        return new RelabelAgreement(labels.size(), a, b, ab, kappa(labels, ab));
    }

    /** (observed - chance agreement) / (1 - chance), chance from each annotator's own label shares. */
    private static double kappa(List<Row> labels, int agreed) {
        int n = labels.size();
        if (n == 0) {
            return Double.NaN;
        }
        Map<Stance, Integer> countA = new EnumMap<>(Stance.class);
        Map<Stance, Integer> countB = new EnumMap<>(Stance.class);
        for (Row row : labels) {
            countA.merge(row.a(), 1, Integer::sum);
            countB.merge(row.b(), 1, Integer::sum);
        }
        double chance = 0;
        for (Stance s : Stance.values()) {
            chance += (double) countA.getOrDefault(s, 0) * countB.getOrDefault(s, 0) / ((double) n * n);
        }
        double observed = (double) agreed / n;
        return chance == 1 ? 1 : (observed - chance) / (1 - chance);
    }

    /** The datasheet's section: agreement counts as a table, then kappa. */
    String markdown() {
        return "| compared | rows | agree | share |\n|---|---:|---:|---:|\n"
                + row("annotator A with the corpus", aWithCorpus)
                + row("annotator B with the corpus", bWithCorpus)
                + row("annotator A with annotator B", aWithB)
                + String.format(Locale.ROOT, "%nCohen's kappa between the annotators: %.3f.%n", kappaAB);
    }

    private String row(String what, int agree) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.3f |%n", what, rows, agree, (double) agree / rows);
    }

    private static Stance stance(String label) {
        return Stance.fromLabel(label).orElseThrow(() -> new IllegalStateException(RESOURCE + ": unknown label '" + label + "'"));
    }
}
