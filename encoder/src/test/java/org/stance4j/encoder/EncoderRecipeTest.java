package org.stance4j.encoder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.StanceInput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncoderRecipeTest {
    @TempDir
    Path dir;

    static final List<LabeledStatement> TRAIN = TinyEncoders.examples();
    static final List<StanceInput> INPUTS = TRAIN.stream().map(LabeledStatement::input).toList();

    @Test
    void keepsTheEpochWithTheBestDevMacroF1() throws Exception {
        List<Double> seen = new ArrayList<>();
        EncoderRecipe.Result r = EncoderRecipe.train(TinyEncoders.BASE, TinyEncoders.settings(5, 3), TRAIN, TRAIN,
                new EncoderRecipe.Progress() {
                    @Override
                    public void epoch(int epoch, double meanLoss, double devMacroF1, double seconds, boolean best) {
                        seen.add(devMacroF1);
                    }
                }, () -> false, null, false);
        assertEquals(3, r.devMacroF1().size());
        assertEquals(seen, r.devMacroF1());
        double best = r.devMacroF1().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertEquals(best, r.devMacroF1().get(r.bestEpoch() - 1));
        assertEquals(r.devMacroF1().indexOf(best) + 1, r.bestEpoch(), "the first epoch to reach the best");
        assertEquals(best, EncoderRecipe.macroF1(r.model(), TRAIN), 1e-12, "the kept model is the kept epoch's");
    }

    @Test
    void anInterruptedRunResumesToTheModelOfAnUninterruptedOne() throws Exception {
        EncoderSettings settings = TinyEncoders.settings(9, 2);
        EncoderRecipe.Result whole = EncoderRecipe.train(TinyEncoders.BASE, settings, TRAIN, TRAIN,
                new EncoderRecipe.Progress() { }, () -> false, null, false);

        Path checkpoint = dir.resolve("model.zip.checkpoint");
        AtomicInteger epochs = new AtomicInteger();
        EncoderRecipe.Result stopped = EncoderRecipe.train(TinyEncoders.BASE, settings, TRAIN, TRAIN,
                new EncoderRecipe.Progress() {
                    @Override
                    public void epoch(int epoch, double meanLoss, double devMacroF1, double seconds, boolean best) {
                        epochs.incrementAndGet();
                    }
                }, () -> epochs.get() >= 1, checkpoint, false);
        assertEquals("interrupted", stopped.stopReason());
        assertEquals(1, stopped.bestEpoch(), "stopping keeps the best model so far");
        assertTrue(Files.exists(checkpoint));

        EncoderRecipe.Result resumed = EncoderRecipe.train(TinyEncoders.BASE, settings, TRAIN, TRAIN,
                new EncoderRecipe.Progress() { }, () -> false, checkpoint, true);
        assertEquals(whole.devMacroF1(), resumed.devMacroF1());
        assertEquals(whole.bestEpoch(), resumed.bestEpoch());
        assertEquals(whole.model().predict(INPUTS), resumed.model().predict(INPUTS));
    }
}
