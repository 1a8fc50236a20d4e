package org.stance4j.cli;

import org.stance4j.datasets.Augmentation;
import org.stance4j.datasets.Augmenter;
import org.stance4j.datasets.BundledCorpus;
import org.stance4j.datasets.Dataset;
import org.stance4j.datasets.DerivedRows;
import org.stance4j.datasets.EventRelations;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.datasets.SeenEventSplit;
import org.stance4j.datasets.Split;
import org.stance4j.model.InvalidDataException;
import org.stance4j.datasets.Splits;
import org.stance4j.model.ModelInfo;
import org.stance4j.model.StanceException;
import org.stance4j.model.bundle.BundleReader;
import org.stance4j.training.Checkpoints;
import org.stance4j.encoder.BaseEncoder;
import org.stance4j.encoder.EncoderRecipe;
import org.stance4j.training.CheckpointFile;
import org.stance4j.training.ModelSaver;
import org.stance4j.training.StanceTrainer;
import org.stance4j.training.TrainedModel;
import org.stance4j.training.TrainingSettings;
import org.stance4j.evaluation.DataSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a stance model and save it as a bundle.",
                "Without --data it trains on the bundled corpus and reports macro-F1 on held-out statements "
                        + "of seen events and on unseen events."})
final class TrainCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Option(names = "--recipe", paramLabel = "ngram|encoder|mean", defaultValue = "ngram",
            description = {"ngram (default): hashed n-grams in a small network, fast to train and to run.",
                    "encoder: a pretrained transformer (all-MiniLM-L6-v2) fine-tuned on the event and the statement "
                            + "together; reads meaning, not only words, and is much slower (minutes an epoch).",
                    "mean: both, saved as one model that averages their probabilities; as slow as encoder. With --augment, "
                            + "the n-gram half trained on the derived rows stands in for the plain one on the events the model "
                            + "was trained on; the encoder half and unseen events keep the plain rows."})
    String recipe;

    @Option(names = "--base", paramLabel = "minilm|bge-small", defaultValue = "minilm",
            description = {"encoder and mean: the pretrained encoder to fine-tune (default: ${DEFAULT-VALUE}).",
                    "minilm: all-MiniLM-L6-v2, 6 layers, what the shipped accurate model uses; bge-small: bge-small-en-v1.5, "
                            + "12 layers, more accurate in the benchmarks, twice the time to train and to score."})
    String base;

    @Option(names = "--data", paramLabel = "FILE", description = "Labeled statements to train on (repeatable). Default: the bundled corpus.")
    List<Path> data = new ArrayList<>();

    @Mixin
    DataOptions dataOptions;

    @Option(names = "--dev", paramLabel = "FILE", description = "Statements for early stopping and the report; default: a stratified share of the training data.")
    Path dev;

    @Option(names = "--out", paramLabel = "MODEL.zip", defaultValue = "model.zip", description = "Where to save the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--report", paramLabel = "DIR", description = "Write report.json and report.md of the held-out evaluation here.")
    Path report;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of splits, initialisation and shuffling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--epochs", paramLabel = "N", description = "Most epochs (default: 30 for ngram, where early stopping usually ends sooner; 3 for encoder).")
    Integer epochs;

    @Option(names = "--holdout", paramLabel = "FRACTION", defaultValue = "0.2",
            description = "Share of the data held out (stratified) for the report when there is no --dev; 0 trains on everything (default: ${DEFAULT-VALUE}).")
    double holdout;

    @Option(names = "--no-refit", description = "Keep the early-stopped model instead of training afresh on all the data "
            + "(dev share included) for the epochs that early stopping chose. Only applies to ngram without --dev.")
    boolean noRefit;

    @Option(names = "--augment", paramLabel = "none|opposite|unrelated|both", defaultValue = "none",
            description = {"Extra training rows from the bundled corpus's record of how its events relate (default: ${DEFAULT-VALUE}).",
                    "opposite: a supportive or condemning statement also counts, flipped, toward each event that pulls "
                            + "the opposite way; unrelated: a statement also counts as neutral toward one event that has no "
                            + "bearing on its own; both: the two. Only with the bundled corpus."})
    String augment;

    @Option(names = "--relations", paramLabel = "FILE", description = "With --augment and --data: how the data's events "
            + "relate, a CSV file with the header event_a,event_b,relation (opposite, related or unrelated), checked against "
            + "the data. The bundled corpus comes with its own.")
    Path relations;

    @Option(names = "--resume", description = "Carry on from the checkpoint that an interrupted run left next to --out (MODEL.zip.checkpoint).")
    boolean resume;

    @Option(names = "--half-precision", description = "encoder: store the weights as half floats (half the size; "
            + "probabilities move by about 0.001). The shipped accurate model is saved so.")
    boolean halfPrecision;

    @Option(names = "--no-progress", description = "Plain progress lines even on a terminal.")
    boolean noProgress;

    @Override
    public Integer call() throws StanceException, IOException {
        if (holdout < 0 || holdout >= 1) {
            throw new UsageException("--holdout must be in [0, 1), got " + holdout);
        }
        if (!List.of("ngram", "encoder", "mean").contains(recipe)) {
            throw new UsageException("--recipe must be ngram, encoder or mean, got '" + recipe + "'");
        }
        baseEncoder();
        Augmentation augmentation = Augmentation.fromLabel(augment).orElseThrow(() ->
                new UsageException("--augment must be none, opposite, unrelated or both, got '" + augment + "'"));
        if (augmentation != Augmentation.NONE && !data.isEmpty() && relations == null) {
            throw new UsageException("--augment " + augmentation + " with --data needs --relations FILE, the record of how "
                    + "the data's events relate (the bundled corpus has its own); or use --augment none");
        }
        if (relations != null && augmentation == Augmentation.NONE) {
            throw new UsageException("--relations only matters with --augment");
        }
        if (relations != null && data.size() > 1) {
            throw new UsageException("--relations describes one --data file, got " + data.size());
        }
        Cli.checkWritableFile(out, "--out");
        if (epochs != null && epochs < 1) {
            throw new UsageException("--epochs must be at least 1, got " + epochs);
        }
        TrainingSettings defaults = TrainingSettings.defaults().withSeed(seed).withRefit(!noRefit);
        TrainingSettings settings = epochs == null ? defaults : defaults.withMaxEpochs(epochs);
        boolean bundled = data.isEmpty();
        List<Dataset> datasets = new ArrayList<>();
        if (bundled) {
            datasets.add(BundledCorpus.load());
        } else {
            for (Path file : data) {
                datasets.add(dataOptions.read(file, err()));
            }
        }
        Dataset devSet = dev == null ? null : dataOptions.read(dev, err());
        List<LabeledStatement> all = new ArrayList<>();
        datasets.forEach(d -> all.addAll(d.statements()));

        List<LabeledStatement> pairedTexts = List.of();
        Split heldOut;
        if (devSet != null || holdout == 0) {
            heldOut = new Split(all, List.of());
        } else if (bundled) {
            SeenEventSplit seen = BundledCorpus.seenEventSplit(datasets.get(0));
            heldOut = new Split(seen.train(), seen.test());
            pairedTexts = seen.pairedTexts();
        } else {
            heldOut = Splits.stratified(all, holdout, seed);
        }
        CheckpointFile checkpoints = new CheckpointFile(CheckpointFile.of(out), resume);
        if (resume && !Files.exists(checkpoints.path())) {
            throw new UsageException("no checkpoint to resume from: " + checkpoints.path());
        }
        Interrupts interrupts = Interrupts.install();
        List<LabeledStatement> realTrain = devSet != null ? all : heldOut.train();
        List<LabeledStatement> untouchable = new ArrayList<>(heldOut.test());
        untouchable.addAll(pairedTexts);
        if (devSet != null) {
            untouchable.addAll(devSet.statements());
        }
        // after the held-out split, so that no derived row can answer a test row
        EventRelations eventRelations = augmentation == Augmentation.NONE ? null : eventRelations(datasets.get(0));
        Augmenter augmenter = eventRelations == null ? null : new Augmenter(eventRelations, augmentation, seed);
        DerivedRows derived = DerivedRows.of(augmentation, eventRelations);
        List<LabeledStatement> trainOn = augmenter == null ? realTrain : augmenter.augment(realTrain, untouchable);
        if (augmenter != null) {
            out().printf(Locale.ROOT, "augmentation %s: %d training statements and %d derived rows%n",
                    augmentation, realTrain.size(), trainOn.size() - realTrain.size());
        }
        TrainedRecipe trained = switch (recipe) {
            case "encoder" -> trainEncoder(trainOn, devSet, derived, interrupts, checkpoints, "training");
            case "mean" -> new MeanTraining((rows, rowsDerived, title, target) -> trainNgram(settings, rows, devSet, rowsDerived,
                    interrupts, Checkpoints.NONE, title, target), encoderTraining(), seed, halfPrecision, interrupts::requested)
                    .train(realTrain, trainOn, devSet == null ? null : devSet.statements(), derived, out, checkpoints.path(), resume);
            default -> trainNgram(settings, trainOn, devSet, derived, interrupts, checkpoints, "training", out);
        };
        if (trained == null) {
            out().println("interrupted in the n-gram half, before the encoder: nothing saved (that half takes about a minute; "
                    + "run the same command again)");
            return Stance4j.INTERRUPTED;
        }

        List<ModelSaver.Source> sources = new ArrayList<>();
        Set<LabeledStatement> testRows = Collections.newSetFromMap(new IdentityHashMap<>());
        testRows.addAll(heldOut.test());
        testRows.addAll(pairedTexts);
        for (Dataset d : datasets) {
            List<LabeledStatement> used = d.statements().stream().filter(s -> !testRows.contains(s)).toList();
            sources.add(new ModelSaver.Source("train", bundled ? "csv" : dataOptions.format.id(), d, used.size(), Dataset.labelCounts(used)));
        }
        if (devSet != null) {
            sources.add(new ModelSaver.Source("dev", dataOptions.format.id(), devSet, devSet.size(), devSet.labelCounts()));
        }
        Cli.write(out, "--out", () -> trained.saving().save(sources));
        out().println("saved the model to " + out);
        if (trained.interrupted()) {
            out().println("interrupted: the model holds the best epoch so far; carry on with the same command and --resume");
            return 0;
        }
        checkpoints.delete();
        ModelInfo info = BundleReader.read(out).info();

        HeldOutEvaluation heldOutEvaluation = new HeldOutEvaluation(out());
        List<LabeledStatement> test = devSet != null ? devSet.statements() : heldOut.test();
        if (!test.isEmpty()) {
            String part = devSet != null ? dev.toString() : datasets.get(0).origin() + (datasets.size() > 1 ? " (and others)" : "") + "#held-out";
            Dataset first = devSet != null ? devSet : datasets.get(0);
            heldOutEvaluation.report(trained.scorer(), realTrain, test, pairedTexts, info,
                    new DataSummary(part, bundled ? "csv" : dataOptions.format.id(), first.sha256(), first.skipped()),
                    bundled ? "held-out statements of seen events" : devSet != null ? "dev data" : "held-out statements", report);
        }
        if (bundled && holdout > 0) {
            Split unseen = BundledCorpus.unseenEventSplit(datasets.get(0));
            List<LabeledStatement> unseenTrain = augmenter == null ? unseen.train() : augmenter.augment(unseen.train(), unseen.test());
            heldOutEvaluation.report(trained.unseen().train(unseen.train(), unseenTrain), unseen.train(), unseen.test(), List.of(), info,
                    new DataSummary(BundledCorpus.ORIGIN + "#unseen-events", "csv", datasets.get(0).sha256(), 0),
                    "unseen events (" + unseen.test().stream().map(LabeledStatement::event).distinct().count()
                            + " events never seen in training)",
                    report == null ? null : report.resolve("unseen-events"));
        }
        return 0;
    }

    /** The record that --augment derives rows from, checked against the data it describes. */
    private EventRelations eventRelations(Dataset described) throws InvalidDataException {
        if (relations == null) {
            return EventRelations.bundled();
        }
        EventRelations read = EventRelations.read(relations);
        read.check(described);
        return read;
    }

    /** The n-gram recipe; {@code target} is where its bundle is saved. */
    private TrainedRecipe trainNgram(TrainingSettings settings, List<LabeledStatement> trainOn, Dataset devSet, DerivedRows derived,
                               Interrupts interrupts, Checkpoints checkpoints, String title, Path target) throws StanceException {
        StanceTrainer trainer = new StanceTrainer(settings);
        TrainedModel model;
        try {
            model = devSet != null
                    ? trainer.train(trainOn, devSet.statements(), display(title), interrupts::requested, checkpoints)
                    : trainer.train(trainOn, display(title), interrupts::requested, checkpoints);
        } catch (UncheckedIOException e) {
            throw new UsageException(e.getCause().getMessage());
        }
        return new TrainedRecipe(model.scorer(), sources -> ModelSaver.save(model, sources, model.dev(), derived, target),
                "interrupted".equals(model.history().stopReason()),
                (plain, train) -> new StanceTrainer(settings).train(train, display("unseen-event model"), interrupts::requested).scorer());
    }

    private TrainedRecipe trainEncoder(List<LabeledStatement> trainOn, Dataset devSet, DerivedRows derived, Interrupts interrupts,
                                 CheckpointFile checkpoints, String title) throws StanceException, IOException {
        EncoderTraining encoder = encoderTraining();
        EncoderRecipe.Result result = encoder.train(trainOn, devSet == null ? null : devSet.statements(), title,
                interrupts::requested, checkpoints.path(), resume);
        // scored as its bundle will be, by ONNX Runtime; the command ends soon after, which frees its session
        return new TrainedRecipe(result.model().servingScorer(), sources -> encoder.save(result, sources, derived, out, halfPrecision),
                "interrupted".equals(result.stopReason()),
                (plain, train) -> encoder.train(train, null, "unseen-event model", interrupts::requested, null, false).model().servingScorer());
    }

    private EncoderTraining encoderTraining() {
        return new EncoderTraining(baseEncoder(), seed, epochs, err(), terminal());
    }

    private ProgressDisplay display(String title) {
        return new ProgressDisplay(err(), terminal(), title);
    }

    private boolean terminal() {
        return !noProgress && System.console() != null;
    }

    /** The base that {@code --base} names; checked before any training starts. */
    private BaseEncoder baseEncoder() {
        return switch (base) {
            case "minilm" -> BaseEncoder.miniLmL6();
            case "bge-small" -> BaseEncoder.bgeSmallEnV15();
            default -> throw new UsageException("--base must be minilm or bge-small, got '" + base + "'");
        };
    }
}
