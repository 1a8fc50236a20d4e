package org.stance4j.benchmarks;

import org.stance4j.datasets.BundledCorpus;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.datasets.SeenEventSplit;
import org.stance4j.evaluation.ContrastiveSplit;
import org.stance4j.evaluation.Evaluation;
import org.stance4j.evaluation.HeldOutPairs;
import org.stance4j.model.Prediction;
import org.stance4j.model.bundle.BundleReader;
import org.stance4j.model.kind.Scorer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The seen-event figures that {@code train --report} gives on the bundled corpus, for models already
 * trained on that split's training part ({@code train --seed N}, or {@code combine} of such models):
 * macro-F1 on the held-out statements of seen events, accuracy on those whose text was trained on
 * toward another event with another stance, and the contrastive texts held out toward every event of
 * their pair. It is how a combination is measured without training again. A model trained on the whole
 * corpus ({@code --holdout 0}) has seen these statements, and its figures mean nothing.
 *
 * <pre>{@code java -cp "benchmarks/target/stance4j-benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*" \
 *     org.stance4j.benchmarks.SeenSplitFigures MODEL.zip...}</pre>
 */
public final class SeenSplitFigures {
    private SeenSplitFigures() {
    }

    public static void main(String[] args) throws Exception {
        SeenEventSplit split = BundledCorpus.seenEventSplit(BundledCorpus.load());
        System.out.println("| model | seen events, macro-F1 | trained toward another event with another stance, accuracy "
                + "| held-out pairs, row accuracy | held-out pairs, pair accuracy |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String arg : args) {
            try (Scorer scorer = BundleReader.read(Path.of(arg)).scorer()) {
                List<Prediction> test = scorer.score(split.test().stream().map(LabeledStatement::input).toList());
                List<Prediction> pairs = scorer.score(split.pairedTexts().stream().map(LabeledStatement::input).toList());
                double macroF1 = Evaluation.of(split.test(), test).macroF1();
                ContrastiveSplit contrastive = ContrastiveSplit.of(split.train(), split.test(), test);
                HeldOutPairs held = HeldOutPairs.of(split.pairedTexts(), pairs);
                System.out.printf(Locale.ROOT, "| %s | %.4f | %.3f (%d) | %.3f (%d) | %.3f (%d) |%n", Path.of(arg).getFileName(), macroF1,
                        contrastive.contrastiveAccuracy(), contrastive.contrastive(), held.rowAccuracy(), held.rows(),
                        held.pairAccuracy(), held.texts());
            }
        }
    }
}
