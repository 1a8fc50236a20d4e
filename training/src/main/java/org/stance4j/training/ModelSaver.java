package org.stance4j.training;

import org.stance4j.datasets.DerivedRows;
import org.stance4j.datasets.Dataset;
import org.stance4j.model.Stance;
import org.stance4j.model.bundle.BundleWriter;
import org.stance4j.nd4j.NativeBackend;
import org.stance4j.training.network.NetworkFactory;
import org.stance4j.model.bundle.DataRecord;
import org.stance4j.model.bundle.Manifest;
import org.stance4j.model.bundle.TrainingRecord;
import org.stance4j.model.bundle.Versions;
import org.stance4j.evaluation.Evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Saves a trained model as a bundle whose manifest records how and on what it was trained. */
public final class ModelSaver {
    private ModelSaver() {
    }

    /**
     * One data source of a model, for its manifest.
     *
     * @param role "train" or "dev"
     * @param format the data format's id
     * @param dataset the file's statements and SHA-256
     * @param used how many of its statements the role used (a split may use part of a file)
     */
    public record Source(String role, String format, Dataset dataset, long used, Map<Stance, Long> labelCounts) {
        /** As a bundle's manifest records it. */
        public DataRecord record() {
            Map<String, Long> labels = new LinkedHashMap<>();
            labelCounts.forEach((stance, count) -> labels.put(stance.label(), count));
            return new DataRecord(role, dataset.origin(), format, dataset.sha256(), used, labels);
        }
    }

    /** @param dev the scores on the dev statements at the kept epoch */
    public static void save(TrainedModel model, List<Source> sources, Evaluation dev, Path target) throws IOException {
        save(model, sources, dev, DerivedRows.NONE, target);
    }

    /**
     * @param dev the scores on the dev statements at the kept epoch
     * @param derived the rows derived for training, and the record they came from, for the manifest
     */
    public static void save(TrainedModel model, List<Source> sources, Evaluation dev, DerivedRows derived, Path target)
            throws IOException {
        BundleWriter.writeNgram(target, manifest(model, sources, dev, derived, Instant.now()),
                NetworkFactory.parameters(model.network()));
    }

    static Manifest manifest(TrainedModel model, List<Source> sources, Evaluation dev, Instant created) {
        return manifest(model, sources, dev, DerivedRows.NONE, created);
    }

    static Manifest manifest(TrainedModel model, List<Source> sources, Evaluation dev, DerivedRows derived, Instant created) {
        TrainingSettings s = model.settings();
        Map<String, Object> settings = trainerSettings(s);
        derived.addTo(settings);
        List<DataRecord> data = sources.stream().map(Source::record).toList();
        TrainingHistory h = model.history();
        TrainingRecord training = new TrainingRecord(s.seed(), settings, data, h.epochs().size(), h.bestEpoch(),
                h.stopReason(), Math.round(h.seconds() * 10) / 10.0);
        Map<String, Double> devMetrics = new LinkedHashMap<>();
        devMetrics.put("examples", (double) dev.examples());
        devMetrics.put("accuracy", dev.accuracy());
        devMetrics.put("macro_f1", dev.macroF1());
        devMetrics.put("f_avg", dev.fAvg());
        return Manifest.ngram(created.truncatedTo(ChronoUnit.SECONDS).toString(),
                model.outputOrder().stream().map(Stance::label).toList(), model.labelWeights(),
                s.text(), s.features(), s.network(), training, Versions.current(NativeBackend.loadedBuild()), devMetrics);
    }

    /** The trainer's own settings as the manifest records them (text, features and network have records of their own). */
    static Map<String, Object> trainerSettings(TrainingSettings s) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("maxEpochs", s.maxEpochs());
        settings.put("patience", s.patience());
        settings.put("batchSize", s.batchSize());
        settings.put("devFraction", s.devFraction());
        settings.put("classWeighting", s.classWeighting());
        settings.put("refit", s.refit());
        return settings;
    }

}
