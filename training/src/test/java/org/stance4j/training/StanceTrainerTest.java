package org.stance4j.training;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.datasets.Split;
import org.stance4j.datasets.Splits;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.InvalidDataException;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StanceTrainerTest {
    @TempDir
    Path dir;

    @Test
    void theSameDataAndSeedGiveTheSameModel() throws Exception {
        List<LabeledStatement> data = TinyTraining.statements(300);
        TrainedModel a = new StanceTrainer(TinyTraining.settings(7)).train(data, TrainingListener.NONE);
        TrainedModel b = new StanceTrainer(TinyTraining.settings(7)).train(data, TrainingListener.NONE);
        assertArrayEquals(a.network().params().toFloatVector(), b.network().params().toFloatVector());
        List<StanceInput> inputs = data.stream().map(LabeledStatement::input).toList();
        assertEquals(a.scorer().score(inputs), b.scorer().score(inputs));
        TrainedModel c = new StanceTrainer(TinyTraining.settings(8)).train(data, TrainingListener.NONE);
        assertFalse(java.util.Arrays.equals(a.network().params().toFloatVector(), c.network().params().toFloatVector()));
    }

    @Test
    void learnsBetterThanChanceAndKeepsTheBestEpoch() throws Exception {
        List<LabeledStatement> data = TinyTraining.statements(700);
        Split split = Splits.stratified(data, 0.2, 3);
        AtomicInteger epochs = new AtomicInteger();
        TrainedModel model = new StanceTrainer(TinyTraining.settings(3).withMaxEpochs(6).withPatience(6))
                .train(split.train(), new TrainingListener() {
                    @Override
                    public void epochDone(EpochResult result, boolean best) {
                        epochs.incrementAndGet();
                    }
                });
        assertEquals(6, epochs.get());
        TrainingHistory h = model.history();
        double bestSeen = h.epochs().stream().mapToDouble(EpochResult::devMacroF1).max().orElseThrow();
        assertEquals(bestSeen, h.bestDevMacroF1());
        assertEquals(bestSeen, model.dev().macroF1(), 1e-9, "the kept weights are the best epoch's");
        List<Prediction> predictions = model.scorer().score(split.test().stream().map(LabeledStatement::input).toList());
        long correct = 0;
        for (int i = 0; i < predictions.size(); i++) {
            correct += predictions.get(i).stance() == split.test().get(i).stance() ? 1 : 0;
        }
        assertTrue(correct > 0.45 * predictions.size(), "accuracy " + (double) correct / predictions.size());
    }

    @Test
    void refitTrainsAfreshOnAllTheDataForTheEpochsEarlyStoppingChose() throws Exception {
        List<LabeledStatement> data = TinyTraining.statements(400);
        TrainingSettings settings = TinyTraining.settings(5).withMaxEpochs(5).withPatience(5);
        TrainedModel selected = new StanceTrainer(settings).train(data, TrainingListener.NONE);
        List<Integer> refitEpochs = new ArrayList<>();
        TrainedModel refit = new StanceTrainer(settings.withRefit(true)).train(data, new TrainingListener() {
            @Override
            public void refitEpochDone(int epoch, double trainLoss, double seconds) {
                refitEpochs.add(epoch);
            }
        });
        int chosen = selected.history().smoothedBestEpoch();
        assertEquals(chosen, refit.history().refitEpochs());
        assertEquals(chosen, refitEpochs.size());
        assertEquals(selected.history().epochs().stream().map(EpochResult::devMacroF1).toList(),
                refit.history().epochs().stream().map(EpochResult::devMacroF1).toList(), "the selection run is the same");
        assertEquals(selected.dev(), refit.dev(), "dev scores come from the run that did not train on dev");
        assertFalse(java.util.Arrays.equals(selected.network().params().toFloatVector(), refit.network().params().toFloatVector()));
        // the dev share is now learnt: on it, the refit model fits at least as well as the selected one
        Split devShare = Splits.stratified(data, settings.devFraction(), settings.seed());
        List<StanceInput> dev = devShare.test().stream().map(LabeledStatement::input).toList();
        assertTrue(accuracy(refit, devShare.test(), dev) >= accuracy(selected, devShare.test(), dev));
        TrainedModel again = new StanceTrainer(settings.withRefit(true)).train(data, TrainingListener.NONE);
        assertArrayEquals(refit.network().params().toFloatVector(), again.network().params().toFloatVector());
    }

    private static double accuracy(TrainedModel model, List<LabeledStatement> gold, List<StanceInput> inputs) {
        List<Prediction> p = model.scorer().score(inputs);
        long right = 0;
        for (int i = 0; i < p.size(); i++) {
            right += p.get(i).stance() == gold.get(i).stance() ? 1 : 0;
        }
        return (double) right / p.size();
    }

    @Test
    void stopsWhenAskedAndKeepsWhatItHas() throws Exception {
        AtomicInteger batches = new AtomicInteger();
        TrainedModel model = new StanceTrainer(TinyTraining.settings(1).withMaxEpochs(50))
                .train(TinyTraining.statements(300), new TrainingListener() {
                    @Override
                    public void batchDone(int epoch, int batch, double loss) {
                        batches.incrementAndGet();
                    }
                }, () -> batches.get() >= 12);
        assertEquals("interrupted", model.history().stopReason());
        assertEquals(12, batches.get());
        assertTrue(model.history().bestEpoch() >= 1);
    }

    @Test
    void aModelSavedAndLoadedPredictsExactlyAsTrained() throws Exception {
        List<LabeledStatement> data = TinyTraining.statements(300);
        TrainedModel model = new StanceTrainer(TinyTraining.settings(5)).train(data, TrainingListener.NONE);
        Path bundle = dir.resolve("tiny.zip");
        org.stance4j.datasets.Dataset dataset = new org.stance4j.datasets.Dataset("tiny", "0".repeat(64), data, 0);
        ModelSaver.save(model, List.of(new ModelSaver.Source("train", "csv", dataset, data.size(), dataset.labelCounts())), model.dev(), bundle);
        List<StanceInput> inputs = new ArrayList<>(data.stream().map(LabeledStatement::input).toList());
        inputs.add(new StanceInput("An event never seen", "and a statement about it"));
        try (StanceClassifier loaded = StanceClassifier.load(bundle)) {
            assertEquals(model.scorer().score(inputs), loaded.predictAll(inputs));
            assertEquals(List.of(Stance.SUPPORTIVE, Stance.CONDEMNING, Stance.NEUTRAL), loaded.info().labels());
            assertEquals(300, loaded.info().trainingData().get(0).rows());
            assertEquals(model.dev().macroF1(), loaded.info().devMetrics().get("macro_f1"), 1e-12);
        }
    }

    @Test
    void aResumedRunEndsExactlyWhereAnUninterruptedOneDoes() throws Exception {
        List<LabeledStatement> data = TinyTraining.statements(300);
        TrainingSettings settings = TinyTraining.settings(4).withMaxEpochs(4).withPatience(4);
        TrainedModel full = new StanceTrainer(settings).train(data, TrainingListener.NONE);
        Path checkpoint = dir.resolve("model.zip.checkpoint");
        AtomicInteger batches = new AtomicInteger();
        int perEpoch = (int) Math.ceil(data.size() * (1 - settings.devFraction()) / settings.batchSize());
        TrainedModel stopped = new StanceTrainer(settings).train(data, new TrainingListener() {
            @Override
            public void batchDone(int epoch, int batch, double loss) {
                batches.incrementAndGet();
            }
        }, () -> batches.get() == 2 * perEpoch + 3, new CheckpointFile(checkpoint, false));
        assertEquals("interrupted", stopped.history().stopReason());
        assertTrue(java.nio.file.Files.exists(checkpoint));
        TrainedModel resumed = new StanceTrainer(settings).train(data, TrainingListener.NONE, () -> false, new CheckpointFile(checkpoint, true));
        assertEquals(full.history().epochs().size(), resumed.history().epochs().size());
        assertEquals(full.history().bestEpoch(), resumed.history().bestEpoch());
        assertArrayEquals(full.network().params().toFloatVector(), resumed.network().params().toFloatVector());
    }

    @Test
    void aCheckpointOfOtherDataIsRefused() throws Exception {
        TrainingSettings settings = TinyTraining.settings(4).withMaxEpochs(1);
        Path checkpoint = dir.resolve("other.checkpoint");
        new StanceTrainer(settings).train(TinyTraining.statements(300), TrainingListener.NONE, () -> false, new CheckpointFile(checkpoint, false));
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> new StanceTrainer(settings)
                .train(TinyTraining.statements(280), TrainingListener.NONE, () -> false, new CheckpointFile(checkpoint, true)));
        assertTrue(e.getMessage().contains("other data or other settings"), e.getMessage());
    }

    @Test
    void oneStanceOnlyIsRefused() {
        List<LabeledStatement> same = TinyTraining.statements(300).stream().filter(s -> s.stance() == Stance.NEUTRAL).toList();
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> new StanceTrainer(TinyTraining.settings(1)).train(same, TrainingListener.NONE));
        assertTrue(e.getMessage().contains("every statement has the stance 'neutral'"), e.getMessage());
    }
}
