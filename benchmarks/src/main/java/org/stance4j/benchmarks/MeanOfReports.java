package org.stance4j.benchmarks;

import org.stance4j.datasets.BundledCorpus;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.evaluation.ContrastiveSplit;
import org.stance4j.evaluation.Evaluation;
import org.stance4j.evaluation.PredictionsFile;
import org.stance4j.evaluation.ScoredStatement;
import org.stance4j.model.Prediction;
import org.stance4j.model.kind.MeanScorer;
import org.stance4j.model.kind.Scorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the mean of two models would score on the bundled corpus, from the reports that
 * {@code train --report DIR} wrote for each: the statements both reports hold out, scored by each
 * model and by the mean of their probabilities; for the seen events also the statements whose text
 * was trained on toward another event with another stance (the current split's training part). This is
 * {@code train --recipe mean} without training again, for two models already trained on the same split.
 *
 * <pre>{@code java -cp "benchmarks/target/stance4j-benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*" \
 *     org.stance4j.benchmarks.MeanOfReports NGRAM_REPORT_DIR ENCODER_REPORT_DIR}</pre>
 */
public final class MeanOfReports {
    private MeanOfReports() {
    }

    public static void main(String[] args) throws Exception {
        Path a = Path.of(args[0]);
        Path b = Path.of(args[1]);
        List<LabeledStatement> seenTrain = BundledCorpus.seenEventSplit(BundledCorpus.load()).train();
        System.out.println("| test | statements | " + a.getFileName() + " | " + b.getFileName() + " | mean |");
        System.out.println("|---|---:|---:|---:|---:|");
        compare("seen events, macro-F1", a.resolve("predictions.csv"), b.resolve("predictions.csv"), seenTrain);
        Path unseen = Path.of("unseen-events", "predictions.csv");
        if (Files.exists(a.resolve(unseen)) && Files.exists(b.resolve(unseen))) {
            compare("unseen events, macro-F1", a.resolve(unseen), b.resolve(unseen), null);
        }
    }

    private static void compare(String name, Path first, Path second, List<LabeledStatement> train) throws Exception {
        Map<String, ScoredStatement> a = byId(PredictionsFile.read(first));
        Map<String, ScoredStatement> b = byId(PredictionsFile.read(second));
        List<LabeledStatement> common = new ArrayList<>();
        List<Prediction> pa = new ArrayList<>();
        List<Prediction> pb = new ArrayList<>();
        a.forEach((id, s) -> {
            ScoredStatement other = b.get(id);
            if (other != null) {
                common.add(s.statement());
                pa.add(s.prediction());
                pb.add(other.prediction());
            }
        });
        // the same mean that a bundle of kind mean serves, over the predictions the two reports hold
        List<Prediction> mean = new MeanScorer(List.<Scorer>of(inputs -> pa, inputs -> pb))
                .score(common.stream().map(LabeledStatement::input).toList());
        System.out.printf(Locale.ROOT, "| %s | %d | %.4f | %.4f | %.4f |%n", name, common.size(),
                Evaluation.of(common, pa).macroF1(), Evaluation.of(common, pb).macroF1(),
                Evaluation.of(common, mean).macroF1());
        if (train != null) {
            ContrastiveSplit ca = ContrastiveSplit.of(train, common, pa);
            System.out.printf(Locale.ROOT, "| of which trained on toward another event with another stance, accuracy | %d | %.4f | %.4f | %.4f |%n",
                    ca.contrastive(), ca.contrastiveAccuracy(), ContrastiveSplit.of(train, common, pb).contrastiveAccuracy(),
                    ContrastiveSplit.of(train, common, mean).contrastiveAccuracy());
        }
    }

    private static Map<String, ScoredStatement> byId(List<ScoredStatement> scored) {
        Map<String, ScoredStatement> map = new LinkedHashMap<>();
        scored.forEach(s -> map.put(s.statement().id(), s));
        return map;
    }
}
