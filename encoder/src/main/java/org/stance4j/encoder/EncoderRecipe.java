package org.stance4j.encoder;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.evaluation.Evaluation;
import org.stance4j.model.InvalidDataException;
import org.stance4j.model.Prediction;
import org.stance4j.model.StanceException;
import org.stance4j.model.bundle.AtomicFile;
import org.stance4j.model.bundle.ZipEntries;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The encoder recipe from statements to a kept model: fine-tune for the settings' epochs, score the
 * dev statements after each, and keep the epoch with the best dev macro-F1 (the last one when there
 * is no dev data). After every epoch it saves a checkpoint (the run, and the best model so far), so
 * that an interrupted run resumes exactly; asked to stop, it ends after the current step and keeps
 * the best model so far.
 */
public final class EncoderRecipe {
    /**
     * The share of the training statements held out to choose the epoch when there is no dev data:
     * what {@code train --recipe encoder} and the benchmark hold out, so that both run the same recipe.
     */
    public static final double DEV_FRACTION = 0.1;
    private static final String RUN = "run/";
    private static final String BEST = "best/";
    private static final String HISTORY = "history.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Hears of the run as it goes; called on the training thread. */
    public interface Progress {
        default void started(int epochs, int stepsPerEpoch) {
        }

        default void step(TrainingStep step) {
        }

        /** @param best whether this epoch gave the best dev macro-F1 so far */
        default void epoch(int epoch, double meanLoss, double devMacroF1, double seconds, boolean best) {
        }
    }

    /**
     * A finished (or stopped) run.
     *
     * @param devMacroF1 per epoch run, the dev macro-F1 (NaN without dev data)
     * @param bestEpoch the epoch whose weights {@code model} holds
     */
    public record Result(EncoderModel model, List<Double> devMacroF1, int bestEpoch, String stopReason, double seconds) {
    }

    /** What a checkpoint keeps besides the run and the best model. */
    record History(List<Double> devMacroF1, int bestEpoch, double seconds) {
    }

    private EncoderRecipe() {
    }

    /**
     * @param dev statements to choose the epoch by; empty to keep the last epoch
     * @param checkpoint where to keep the checkpoint, or null for none
     * @param resume carry on from {@code checkpoint}
     */
    public static Result train(BaseEncoder base, EncoderSettings settings, List<LabeledStatement> train,
                               List<LabeledStatement> dev, Progress progress, BooleanSupplier stop, Path checkpoint,
                               boolean resume) throws StanceException, IOException {
        long start = System.nanoTime();
        EncoderTrainer trainer;
        List<Double> history = new ArrayList<>();
        int bestEpoch = 0;
        double earlier = 0;
        EncoderModel best = null;
        if (resume) {
            Map<String, byte[]> saved = readZip(checkpoint);
            trainer = EncoderTrainer.resume(part(saved, RUN), train);
            History h = JSON.readValue(saved.get(HISTORY), History.class);
            history.addAll(h.devMacroF1());
            bestEpoch = h.bestEpoch();
            earlier = h.seconds();
            best = bestEpoch > 0 ? EncoderModel.fromEntries(part(saved, BEST)) : null;
        } else {
            trainer = EncoderTrainer.start(base, settings, train);
        }
        progress.started(settings.epochs(), trainer.stepsPerEpoch());
        double lossSum = 0;
        int steps = 0;
        long epochStart = System.nanoTime();
        String stopReason = "all " + settings.epochs() + " epochs";
        boolean first = true;
        while (trainer.step() < trainer.totalSteps()) {
            if (stop.getAsBoolean()) {
                stopReason = "interrupted";
                break;
            }
            TrainingStep[] last = new TrainingStep[1];
            if (first) {
                // SameDiff (1.0.0-M2.1) prints a line to standard output for every op when it builds the
                // gradient graph on the first step; a command's standard output is for its results
                muted(() -> trainer.train(1, s -> last[0] = s));
                first = false;
            } else {
                trainer.train(1, s -> last[0] = s);
            }
            progress.step(last[0]);
            lossSum += last[0].loss();
            steps++;
            if (trainer.step() % trainer.stepsPerEpoch() == 0) {
                int epoch = trainer.step() / trainer.stepsPerEpoch();
                EncoderModel now = trainer.model();
                double f1 = dev.isEmpty() ? Double.NaN : macroF1(now, dev);
                history.add(f1);
                boolean better = best == null || dev.isEmpty() || f1 > history.get(bestEpoch - 1);
                if (better) {
                    best = now;
                    bestEpoch = epoch;
                }
                double seconds = (System.nanoTime() - epochStart) / 1e9;
                progress.epoch(epoch, lossSum / steps, f1, seconds, better);
                if (checkpoint != null) {
                    save(checkpoint, trainer, best, new History(history, bestEpoch, earlier + (System.nanoTime() - start) / 1e9));
                }
                lossSum = 0;
                steps = 0;
                epochStart = System.nanoTime();
            }
        }
        if (best == null) {
            // stopped within the first epoch: the weights as they are
            best = trainer.model();
        }
        return new Result(best, List.copyOf(history), bestEpoch, stopReason, earlier + (System.nanoTime() - start) / 1e9);
    }

    private static void muted(Runnable chatty) {
        java.io.PrintStream out = System.out;
        synchronized (System.class) {
            System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            try {
                chatty.run();
            } finally {
                System.setOut(out);
            }
        }
    }

    /** Macro-F1 over the three stances, as the reports compute it, scored with ONNX Runtime for its speed. */
    static double macroF1(EncoderModel model, List<LabeledStatement> statements) throws StanceException {
        List<Prediction> predictions;
        try (OrtEncoder scorer = model.onnxRuntime()) {
            predictions = scorer.score(statements.stream().map(LabeledStatement::input).toList());
        }
        return Evaluation.of(statements, predictions).macroF1();
    }

    private static void save(Path file, EncoderTrainer trainer, EncoderModel best, History history) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(HISTORY, JSON.writeValueAsBytes(history));
        trainer.checkpoint().forEach((name, bytes) -> entries.put(RUN + name, bytes));
        best.entries(false, false).forEach((name, bytes) -> entries.put(BEST + name, bytes));
        AtomicFile.write(file, out -> ZipEntries.write(out, entries));
    }

    private static Map<String, byte[]> part(Map<String, byte[]> all, String prefix) {
        Map<String, byte[]> part = new LinkedHashMap<>();
        all.forEach((name, bytes) -> {
            if (name.startsWith(prefix)) {
                part.put(name.substring(prefix.length()), bytes);
            }
        });
        return part;
    }

    private static Map<String, byte[]> readZip(Path file) throws IOException, InvalidDataException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidDataException(file.toString(), 0, null, "no checkpoint to resume from");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        if (!entries.containsKey(HISTORY)) {
            throw new InvalidDataException(file.toString(), 0, null, "not a checkpoint of the encoder recipe");
        }
        return entries;
    }
}
