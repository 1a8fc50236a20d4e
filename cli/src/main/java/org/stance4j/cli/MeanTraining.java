package org.stance4j.cli;

import org.stance4j.datasets.DerivedRows;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.encoder.EncoderRecipe;
import org.stance4j.model.StanceException;
import org.stance4j.model.bundle.TrainingRecord;
import org.stance4j.model.bundle.Versions;
import org.stance4j.model.kind.MeanBundle;
import org.stance4j.model.kind.MeanScorer;
import org.stance4j.model.kind.Scorer;
import org.stance4j.nd4j.NativeBackend;
import org.stance4j.training.ModelSaver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * {@code train --recipe mean}: both recipes on the same statements, saved as one bundle of kind
 * {@code mean} that averages their probabilities. The n-gram half keeps no checkpoint (it takes about
 * a minute, and the same seed trains it again the same way); the encoder half resumes from its own.
 *
 * <p>With derived rows, a third member, the n-gram recipe trained on them, scores the events of the
 * training statements in place of the plain n-gram half. Measured on the bundled corpus, the derived
 * rows teach the n-grams which way each training event points (statements whose text was trained on
 * toward an event that pulls the other way), but cost every event they were not derived for; so they
 * serve only where they were learnt. The encoder trains on the plain rows, which it reads better.
 */
final class MeanTraining {
    /** The n-gram recipe as {@code train} runs it, saving to {@code target}. */
    @FunctionalInterface
    interface NgramRecipe {
        TrainedRecipe train(List<LabeledStatement> trainOn, DerivedRows derived, String title, Path target) throws StanceException;
    }

    private final NgramRecipe ngramRecipe;
    private final EncoderTraining encoder;
    private final long seed;
    private final boolean halfPrecision;
    private final BooleanSupplier stop;

    MeanTraining(NgramRecipe ngramRecipe, EncoderTraining encoder, long seed, boolean halfPrecision, BooleanSupplier stop) {
        this.ngramRecipe = ngramRecipe;
        this.encoder = encoder;
        this.seed = seed;
        this.halfPrecision = halfPrecision;
        this.stop = stop;
    }

    /**
     * @param plain   the training statements
     * @param trainOn the same with the derived rows, if any
     * @param dev     statements to choose epochs by, or null for a share of the training statements
     * @param out     where the bundle goes; the members are written next to it while they are built
     * @return null when stopped during an n-gram half, when there is nothing worth keeping
     */
    TrainedRecipe train(List<LabeledStatement> plain, List<LabeledStatement> trainOn, List<LabeledStatement> dev,
                        DerivedRows derived, Path out, Path checkpoint, boolean resume) throws StanceException, IOException {
        Path directory = out.toAbsolutePath().getParent();
        Path ngramFile = Files.createTempFile(directory, ".stance4j-ngram-", ".zip");
        Path derivedFile = Files.createTempFile(directory, ".stance4j-ngram-derived-", ".zip");
        Path encoderFile = Files.createTempFile(directory, ".stance4j-encoder-", ".zip");
        try {
            TrainedRecipe ngram = ngramRecipe.train(plain, DerivedRows.NONE, "n-gram half", ngramFile);
            TrainedRecipe derivedNgram = ngram.interrupted() || !derived.any() ? null
                    : ngramRecipe.train(trainOn, derived, "n-gram half, derived rows", derivedFile);
            if (ngram.interrupted() || (derivedNgram != null && derivedNgram.interrupted())) {
                deleteMembers(ngramFile, derivedFile, encoderFile);
                return null;
            }
            EncoderRecipe.Result result = encoder.train(plain, dev, "encoder half", stop, checkpoint, resume);
            Set<String> knownEvents = plain.stream().map(LabeledStatement::event).collect(Collectors.toSet());
            TrainedRecipe.Saving saving = sources -> {
                try {
                    ngram.saving().save(sources);
                    encoder.save(result, sources, DerivedRows.NONE, encoderFile, halfPrecision);
                    List<MeanBundle.Member> members = new ArrayList<>();
                    members.add(derived.any()
                            ? new MeanBundle.Member("ngram-other-events", Files.readAllBytes(ngramFile), MeanScorer.Serves.OTHER_EVENTS)
                            : new MeanBundle.Member("ngram", Files.readAllBytes(ngramFile)));
                    if (derived.any()) {
                        derivedNgram.saving().save(sources);
                        members.add(new MeanBundle.Member("ngram-known-events", Files.readAllBytes(derivedFile),
                                MeanScorer.Serves.KNOWN_EVENTS));
                    }
                    members.add(new MeanBundle.Member("encoder", Files.readAllBytes(encoderFile)));
                    MeanBundle.write(out, members, derived.any() ? knownEvents : Set.of(), record(result, sources, derived),
                            Versions.current(NativeBackend.loadedBuild()), Map.of());
                } finally {
                    deleteMembers(ngramFile, derivedFile, encoderFile);
                }
            };
            // the unseen-event model knows none of the test's events, so only the plain members serve them
            TrainedRecipe.Unseen ngramUnseen = ngram.unseen();
            TrainedRecipe.Unseen unseen = (plainTrain, augmentedTrain) -> {
                Scorer first = ngramUnseen.train(plainTrain, plainTrain);
                Scorer second = encoder.train(plainTrain, null, "unseen-event model, encoder half", stop, null, false)
                        .model().servingScorer();
                return new MeanScorer(List.of(first, second));
            };
            Scorer encoderScorer = result.model().servingScorer();
            Scorer served = derived.any()
                    ? new MeanScorer(List.of(ngram.scorer(), derivedNgram.scorer(), encoderScorer),
                            List.of(MeanScorer.Serves.OTHER_EVENTS, MeanScorer.Serves.KNOWN_EVENTS, MeanScorer.Serves.ALL), knownEvents)
                    : new MeanScorer(List.of(ngram.scorer(), encoderScorer));
            return new TrainedRecipe(served, saving, "interrupted".equals(result.stopReason()), unseen);
        } catch (StanceException | IOException | RuntimeException e) {
            // the member files are only the way to the bundle: none stays next to --out
            deleteMembers(ngramFile, derivedFile, encoderFile);
            throw e;
        }
    }

    private TrainingRecord record(EncoderRecipe.Result result, List<ModelSaver.Source> sources, DerivedRows derived) {
        Map<String, Object> recipe = new LinkedHashMap<>();
        recipe.put("recipe", "mean");
        recipe.put("members", derived.any() ? "ngram (other events), ngram on derived rows (known events), encoder" : "ngram, encoder");
        derived.addTo(recipe);
        return new TrainingRecord(seed, recipe, sources.stream().map(ModelSaver.Source::record).toList(),
                result.devMacroF1().size(), result.bestEpoch(), result.stopReason(), Math.round(result.seconds() * 10) / 10.0);
    }

    private static void deleteMembers(Path... files) throws IOException {
        for (Path f : files) {
            Files.deleteIfExists(f);
        }
    }
}
