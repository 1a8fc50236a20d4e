package org.stance4j.training.network;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.stance4j.model.features.FeatureSettings;
import org.stance4j.model.network.NetworkSettings;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmbeddingBagTest {
    private static final FeatureSettings FEATURES = new FeatureSettings(16, 16, 1, 0, 0, false, 16);

    private static ComputationGraph network(boolean sqrt) {
        ComputationGraph g = NetworkFactory.create(FEATURES, new NetworkSettings(4, 3, 0.0, 0.0, 0.01, sqrt), List.of(1.0, 2.0, 1.0), 3);
        Nd4j.getRandom().setSeed(3);
        g.setParams(Nd4j.randn(DataType.FLOAT, 1, g.numParams()));
        return g;
    }

    private static INDArray[] inputs() {
        INDArray words = Nd4j.createFromArray(new float[][] {{1, 5, 5, -1}, {2, -1, -1, -1}});
        INDArray chars = Nd4j.createFromArray(new float[][] {{9, 10, 11}, {12, -1, -1}});
        INDArray crossed = Nd4j.createFromArray(new float[][] {{6, 8}, {-1, -1}});
        INDArray event = Nd4j.createFromArray(new float[][] {{3, 4}, {7, -1}});
        return new INDArray[] {words, chars, crossed, event};
    }

    @Test
    void poolsTheMeanOfTheRowsInTheBagSkippingPadding() {
        for (boolean sqrt : new boolean[] {false, true}) {
            ComputationGraph g = network(sqrt);
            INDArray table = g.getParam("words_mean_W");
            Map<String, INDArray> activations = g.feedForward(inputs(), false);
            INDArray pooled = activations.get("words_mean");
            float norm = sqrt ? (float) Math.sqrt(3) : 3f;
            INDArray expected = table.getRow(1).add(table.getRow(5).mul(2)).div(norm);
            for (int k = 0; k < 4; k++) {
                assertEquals(expected.getFloat(k), pooled.getFloat(0, k), 1e-5, "row 0, unit " + k);
                assertEquals(table.getFloat(2, k), pooled.getFloat(1, k), 1e-5, "row 1, unit " + k);
                assertEquals(0f, activations.get("crossed_mean").getFloat(1, k), "a bag of padding alone is zero");
            }
        }
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        ComputationGraph g = network(false);
        INDArray labels = Nd4j.createFromArray(new float[][] {{1, 0, 0}, {0, 0, 1}});
        MultiDataSet data = new MultiDataSet(inputs(), new INDArray[] {labels});
        g.setInputs(data.getFeatures());
        g.setLabels(data.getLabels());
        g.computeGradientAndScore();
        // DL4J's gradients are summed over the batch (its updater divides by the batch size); score() is the mean
        INDArray analytic = g.gradient().gradientForVariable().get("words_mean_W").div(2);
        INDArray event = g.gradient().gradientForVariable().get("event_mean_W").div(2);
        INDArray params = g.params();
        long textOffset = 0;
        long eventOffset = 3 * 16L * 4;
        double eps = 1e-2;
        int checked = 0;
        for (int row : new int[] {1, 2, 5, 9}) {
            for (int k = 0; k < 4; k++) {
                double numeric = numericGradient(g, data, params, textOffset + row * 4L + k, eps);
                assertEquals(numeric, analytic.getDouble(row, k), 2e-3 + 0.02 * Math.abs(numeric), "text row " + row + " unit " + k);
                checked++;
            }
        }
        for (int k = 0; k < 4; k++) {
            double numeric = numericGradient(g, data, params, eventOffset + 3 * 4L + k, eps);
            assertEquals(numeric, event.getDouble(3, k), 2e-3 + 0.02 * Math.abs(numeric), "event row 3 unit " + k);
        }
        assertEquals(0.0, analytic.getRow(9).norm2Number().doubleValue(), 0.0, "a row outside every bag gets no gradient");
        assertEquals(16, checked);
    }

    private static double numericGradient(ComputationGraph g, MultiDataSet data, INDArray params, long index, double eps) {
        float original = params.getFloat(index);
        params.putScalar(index, original + eps);
        double plus = g.score(data, false);
        params.putScalar(index, original - eps);
        double minus = g.score(data, false);
        params.putScalar(index, original);
        return (plus - minus) / (2 * eps);
    }
}
