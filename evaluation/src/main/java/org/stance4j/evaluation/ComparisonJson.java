package org.stance4j.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code compare.json} holds: the two models, the data, each metric for both with the paired
 * bootstrap interval of b - a, McNemar's test and the statements they disagree on. Every object
 * lists its keys' order, as scripts read the file.
 *
 * @param metrics by metric name, in the comparison's order
 */
@JsonPropertyOrder({"a", "b", "data", "metrics", "bootstrap", "mcnemar", "disagreements"})
record ComparisonJson(String a, String b, DataJson data, Map<String, Metric> metrics, Bootstrap bootstrap, McNemar mcnemar,
                      List<Disagreement> disagreements) {

    static ComparisonJson of(ModelComparison c, String a, String b, DataSummary data) {
        Map<String, Metric> metrics = new LinkedHashMap<>();
        c.metrics().forEach(m -> metrics.put(m.metric(), Metric.of(m)));
        return new ComparisonJson(a, b, new DataJson(data.path(), data.sha256()), metrics,
                new Bootstrap(0.95, c.resamples(), c.seed(), true),
                new McNemar(c.onlyARight(), c.onlyBRight(), c.mcnemarP()),
                c.disagreements().stream().map(Disagreement::of).toList());
    }

    @JsonPropertyOrder({"path", "sha256"})
    record DataJson(String path, String sha256) {
    }

    /** The interval is written as [low, high]. */
    @JsonPropertyOrder({"a", "b", "difference", "interval"})
    record Metric(double a, double b, double difference, List<Double> interval) {
        static Metric of(ModelComparison.MetricDifference m) {
            return new Metric(m.a(), m.b(), m.difference(), List.of(m.interval().low(), m.interval().high()));
        }
    }

    @JsonPropertyOrder({"level", "resamples", "seed", "paired"})
    record Bootstrap(double level, int resamples, long seed, boolean paired) {
    }

    @JsonPropertyOrder({"only_a_right", "only_b_right", "p_value"})
    record McNemar(@JsonProperty("only_a_right") int onlyARight, @JsonProperty("only_b_right") int onlyBRight,
                   @JsonProperty("p_value") double pValue) {
    }

    /** {@code a} and {@code b} are the stances the two models predict. */
    @JsonPropertyOrder({"id", "event", "text", "gold", "a", "b"})
    record Disagreement(String id, String event, String text, String gold, String a, String b) {
        static Disagreement of(ModelComparison.Disagreement d) {
            return new Disagreement(d.a().statement().id(), d.a().statement().event(), d.a().statement().text(),
                    d.a().statement().stance().label(), d.a().prediction().stance().label(), d.b().prediction().stance().label());
        }
    }
}
