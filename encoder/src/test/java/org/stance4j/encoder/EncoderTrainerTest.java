package org.stance4j.encoder;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.InvalidDataException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncoderTrainerTest {
    private static final List<LabeledStatement> EXAMPLES = TinyEncoders.examples();

    @Test
    void aFewEpochsLowerTheLoss() throws Exception {
        EncoderTrainer trainer = EncoderTrainer.start(TinyEncoders.BASE, TinyEncoders.settings(3, 6), EXAMPLES);
        List<TrainingStep> steps = new ArrayList<>();
        assertTrue(trainer.train(Integer.MAX_VALUE, steps::add));
        assertEquals(trainer.totalSteps(), steps.size());
        int epoch = trainer.stepsPerEpoch();
        double first = steps.subList(0, epoch).stream().mapToDouble(TrainingStep::loss).average().orElseThrow();
        double last = steps.subList(steps.size() - epoch, steps.size()).stream().mapToDouble(TrainingStep::loss)
                .average().orElseThrow();
        assertTrue(last < 0.8 * first, "loss from " + first + " to " + last);
        assertTrue(steps.stream().allMatch(s -> Double.isFinite(s.loss()) && s.gradientNorm() > 0));
    }

    @Test
    void theSameSeedGivesTheSameWeights() throws Exception {
        Map<String, INDArray> a = run(5, 1).weights();
        Map<String, INDArray> b = run(5, 1).weights();
        Map<String, INDArray> other = run(6, 1).weights();
        boolean differs = false;
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name).data().asFloat(), b.get(name).data().asFloat(), 0f, name);
            differs |= !a.get(name).equals(other.get(name));
        }
        assertTrue(differs, "another seed trains another model");
    }

    @Test
    void resumingFromACheckpointEndsWhereTheUninterruptedRunEnds() throws Exception {
        EncoderModel uninterrupted = run(9, 1);
        EncoderTrainer first = EncoderTrainer.start(TinyEncoders.BASE, TinyEncoders.settings(9, 1), EXAMPLES);
        assertFalse(first.train(2, TrainingListener.NONE));
        Map<String, byte[]> checkpoint = first.checkpoint();
        EncoderTrainer resumed = EncoderTrainer.resume(checkpoint, EXAMPLES);
        assertEquals(first.step(), resumed.step());
        assertTrue(resumed.train(Integer.MAX_VALUE, TrainingListener.NONE));
        Map<String, INDArray> expected = uninterrupted.weights();
        Map<String, INDArray> actual = resumed.model().weights();
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name).data().asFloat(), actual.get(name).data().asFloat(), 0f, name);
        }
        List<LabeledStatement> others = new ArrayList<>(EXAMPLES);
        others.remove(0);
        assertThrows(InvalidDataException.class, () -> EncoderTrainer.resume(checkpoint, others));
    }

    @Test
    void frozenLayersAndTheWordEmbeddingsDoNotChange() throws Exception {
        EncoderSettings s = TinyEncoders.settings(4, 1);
        EncoderSettings frozen = new EncoderSettings(s.maxLength(), s.buckets(), s.batchSize(), s.encoderLearningRate(),
                s.headLearningRate(), s.warmupFraction(), s.weightDecay(), s.clipNorm(), 1, s.dropout(), s.pooling(),
                true, 1, s.classWeighted(), s.seed());
        Map<String, INDArray> before = EncoderModel.untrained(TinyEncoders.BASE, frozen).weights();
        Map<String, INDArray> after = EncoderModel.train(TinyEncoders.BASE, frozen, EXAMPLES, TrainingListener.NONE).weights();
        for (String name : before.keySet()) {
            // a key's bias adds the same to every score of a query, which softmax ignores: its gradient is 0
            boolean shouldChange = !EncoderParameters.isEmbedding(name) && EncoderParameters.layerOf(name) != 0
                    && !name.endsWith("key.bias");
            assertEquals(shouldChange, !before.get(name).equals(after.get(name)), name);
        }
    }

    @Test
    void refusesAnEmptyTrainingSet() {
        assertThrows(InvalidDataException.class,
                () -> EncoderTrainer.start(TinyEncoders.BASE, TinyEncoders.settings(1, 1), List.of()));
    }

    private static EncoderModel run(long seed, int epochs) throws Exception {
        return EncoderModel.train(TinyEncoders.BASE, TinyEncoders.settings(seed, epochs), EXAMPLES, TrainingListener.NONE);
    }
}
