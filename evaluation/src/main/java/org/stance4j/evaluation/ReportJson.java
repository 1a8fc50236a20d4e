package org.stance4j.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.stance4j.model.ModelInfo;
import org.stance4j.model.Stance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What {@code report.json} holds. Its keys and their order are a stable interface for scripts, so
 * every object lists its keys' order rather than leaving it to Jackson's introspection. Tables keyed
 * by stance, event or name stay maps, in the order of the report's own maps.
 *
 * @param confusion gold stance to predicted stance to count
 */
@JsonPropertyOrder({"examples", "accuracy", "macro_f1", "f_avg", "contrastive", "per_class", "confusion", "per_event",
        "confidence_intervals", "calibration", "confident_mistakes", "model", "data"})
record ReportJson(long examples, double accuracy, @JsonProperty("macro_f1") double macroF1, @JsonProperty("f_avg") double fAvg,
                  @JsonInclude(JsonInclude.Include.NON_NULL) Contrastive contrastive,
                  @JsonProperty("per_class") Map<String, StanceScores> perClass, Map<String, Map<String, Long>> confusion,
                  @JsonProperty("per_event") Map<String, EventScores> perEvent,
                  @JsonProperty("confidence_intervals") Intervals confidenceIntervals, CalibrationJson calibration,
                  @JsonProperty("confident_mistakes") List<Mistake> confidentMistakes, ModelJson model, DataJson data) {

    static ReportJson of(EvaluationReport report) {
        Evaluation e = report.evaluation();
        return new ReportJson(e.examples(), e.accuracy(), e.macroF1(), e.fAvg(),
                report.contrastive() == null ? null : Contrastive.of(report.contrastive()),
                byLabel(e.perClass(), StanceScores::of),
                byLabel(e.confusion(), row -> byLabel(row, Function.identity())),
                byEvent(e.perEvent()),
                Intervals.of(report.intervals()),
                CalibrationJson.of(report.calibration()),
                report.confidentMistakes(HtmlReport.MISTAKES).stream().map(Mistake::of).toList(),
                ModelJson.of(report.model()),
                DataJson.of(report.data()));
    }

    /** Only the parts a corpus has: a part without rows is left out. */
    @JsonPropertyOrder({"trained_toward_other_event", "held_out_pairs"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Contrastive(@JsonProperty("trained_toward_other_event") TrainedTowardOther trainedTowardOtherEvent,
                       @JsonProperty("held_out_pairs") Pairs heldOutPairs) {
        static Contrastive of(ContrastiveFigures f) {
            ContrastiveSplit t = f.trainedTowardOtherEvent();
            HeldOutPairs p = f.heldOutPairs();
            return new Contrastive(
                    t == null || !t.any() ? null : new TrainedTowardOther(t.contrastive(), t.contrastiveCorrect(),
                            t.contrastiveAccuracy(), t.others(), t.othersAccuracy()),
                    p == null || p.rows() == 0 ? null : new Pairs(p.texts(), p.rows(), p.rowAccuracy(), p.pairAccuracy()));
        }

        @JsonPropertyOrder({"statements", "correct", "accuracy", "others", "others_accuracy"})
        record TrainedTowardOther(int statements, int correct, double accuracy, int others,
                                  @JsonProperty("others_accuracy") double othersAccuracy) {
        }

        @JsonPropertyOrder({"texts", "rows", "row_accuracy", "pair_accuracy"})
        record Pairs(int texts, int rows, @JsonProperty("row_accuracy") double rowAccuracy,
                     @JsonProperty("pair_accuracy") double pairAccuracy) {
        }
    }

    @JsonPropertyOrder({"precision", "recall", "f1", "support"})
    record StanceScores(double precision, double recall, double f1, long support) {
        static StanceScores of(ClassMetrics m) {
            return new StanceScores(m.precision(), m.recall(), m.f1(), m.support());
        }
    }

    @JsonPropertyOrder({"examples", "accuracy", "macro_f1"})
    record EventScores(long examples, double accuracy, @JsonProperty("macro_f1") double macroF1) {
    }

    /** Each interval is written as [low, high]. */
    @JsonPropertyOrder({"level", "method", "resamples", "seed", "accuracy", "macro_f1", "f_avg"})
    record Intervals(double level, String method, int resamples, long seed, List<Double> accuracy,
                     @JsonProperty("macro_f1") List<Double> macroF1, @JsonProperty("f_avg") List<Double> fAvg) {
        static Intervals of(ConfidenceIntervals ci) {
            return new Intervals(0.95, "bootstrap percentile", ci.resamples(), ci.seed(),
                    bounds(ci.accuracy()), bounds(ci.macroF1()), bounds(ci.fAvg()));
        }

        private static List<Double> bounds(Interval interval) {
            return List.of(interval.low(), interval.high());
        }
    }

    @JsonPropertyOrder({"expected_calibration_error", "bins"})
    record CalibrationJson(@JsonProperty("expected_calibration_error") double expectedCalibrationError, List<Bin> bins) {
        static CalibrationJson of(Calibration c) {
            return new CalibrationJson(c.expectedCalibrationError(), c.bins().stream().map(Bin::of).toList());
        }

        @JsonPropertyOrder({"from", "to", "count", "correct", "mean_confidence"})
        record Bin(double from, double to, int count, int correct, @JsonProperty("mean_confidence") double meanConfidence) {
            static Bin of(Calibration.Bin b) {
                return new Bin(b.from(), b.to(), b.count(), b.correct(), b.meanConfidence());
            }
        }
    }

    @JsonPropertyOrder({"id", "event", "speaker", "text", "gold", "predicted", "probabilities"})
    record Mistake(String id, String event, String speaker, String text, String gold, String predicted,
                   Map<String, Double> probabilities) {
        static Mistake of(ScoredStatement m) {
            return new Mistake(m.statement().id(), m.statement().event(), m.statement().speaker(), m.statement().text(),
                    m.statement().stance().label(), m.prediction().stance().label(),
                    byLabel(m.prediction().probabilities(), Function.identity()));
        }
    }

    /** The model's provenance; {@code created} is ISO-8601 text. */
    @JsonPropertyOrder({"toolkit_version", "format_version", "created", "labels", "seed", "training_data", "dev_metrics", "versions"})
    record ModelJson(@JsonProperty("toolkit_version") String toolkitVersion, @JsonProperty("format_version") String formatVersion,
                     String created, List<String> labels, long seed, @JsonProperty("training_data") List<TrainingFile> trainingData,
                     @JsonProperty("dev_metrics") Map<String, Double> devMetrics, Map<String, String> versions) {
        static ModelJson of(ModelInfo info) {
            return new ModelJson(info.toolkitVersion(), info.formatVersion(), info.created().toString(),
                    info.labels().stream().map(Stance::label).toList(), info.seed(),
                    info.trainingData().stream().map(TrainingFile::of).toList(), info.devMetrics(), info.versions());
        }

        @JsonPropertyOrder({"role", "path", "format", "sha256", "rows"})
        record TrainingFile(String role, String path, String format, String sha256, long rows) {
            static TrainingFile of(ModelInfo.TrainingData d) {
                return new TrainingFile(d.role(), d.path(), d.format(), d.sha256(), d.rows());
            }
        }
    }

    @JsonPropertyOrder({"path", "format", "sha256", "skipped"})
    record DataJson(String path, String format, String sha256, int skipped) {
        static DataJson of(DataSummary d) {
            return new DataJson(d.path(), d.format(), d.sha256(), d.skipped());
        }
    }

    /** A table keyed by stance, keyed by its label instead, in the same order. */
    private static <V, R> Map<String, R> byLabel(Map<Stance, V> byStance, Function<V, R> value) {
        Map<String, R> byLabel = new LinkedHashMap<>();
        byStance.forEach((stance, v) -> byLabel.put(stance.label(), value.apply(v)));
        return byLabel;
    }

    private static Map<String, EventScores> byEvent(Map<String, EventMetrics> perEvent) {
        Map<String, EventScores> scores = new LinkedHashMap<>();
        perEvent.forEach((event, m) -> scores.put(event, new EventScores(m.examples(), m.accuracy(), m.macroF1())));
        return scores;
    }
}
