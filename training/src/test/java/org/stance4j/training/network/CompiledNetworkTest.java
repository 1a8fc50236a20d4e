package org.stance4j.training.network;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.stance4j.model.StanceInput;
import org.stance4j.model.features.FeatureBatch;
import org.stance4j.model.features.FeatureSettings;
import org.stance4j.model.features.Featurizer;
import org.stance4j.model.network.CompiledNetwork;
import org.stance4j.model.network.NetworkSettings;
import org.stance4j.model.text.TextPipeline;
import org.stance4j.model.text.TextSettings;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CompiledNetworkTest {
    private static final FeatureSettings FEATURES = new FeatureSettings(1 << 12, 1 << 8, 2, 2, 4, true, 4096);
    private static final Featurizer FEATURIZER = new Featurizer(new TextPipeline(TextSettings.defaults()), FEATURES);
    private static final List<StanceInput> INPUTS = List.of(
            new StanceInput("Court upholds ban on protest", "A fair ruling at last, and about time too!"),
            new StanceInput("Court upholds ban on protest", "Disgraceful. #FreeSpeech"),
            new StanceInput("City raises bus fares", "The new fares start on Monday."),
            new StanceInput("", ""),
            new StanceInput("City raises bus fares", "sooo expensive now http://example.org @mayor 2,50"));

    /** A network of the given shape with random weights (trained ones start at zero embeddings). */
    private static ComputationGraph network(NetworkSettings settings, long seed) {
        ComputationGraph g = NetworkFactory.create(FEATURES, settings, List.of(1.0, 1.0, 1.0), seed);
        Nd4j.getRandom().setSeed(seed);
        g.setParams(Nd4j.randn(DataType.FLOAT, 1, g.numParams()).muli(0.5));
        return g;
    }

    @Test
    void computesWhatTheDl4jGraphComputesForEveryShapeOfNetwork() {
        FeatureBatch batch = FEATURIZER.featurize(INPUTS);
        long seed = 1;
        for (int embedding : new int[] {1, 3, 8}) {
            for (int hidden : new int[] {0, 5}) {
                for (boolean sqrt : new boolean[] {false, true}) {
                    for (double dropout : new double[] {0.0, 0.3}) {
                        NetworkSettings settings = new NetworkSettings(embedding, hidden, dropout, 1e-5, 0.01, sqrt);
                        ComputationGraph graph = network(settings, seed++);
                        float[] expected = graph.output(false, NetworkInputs.of(batch))[0].dup('c').data().asFloat();
                        float[] actual = NetworkFactory.compile(graph, FEATURES, settings).probabilities(batch);
                        assertArrayEquals(expected, actual, 2e-6f, settings.toString());
                        graph.close();
                    }
                }
            }
        }
    }

    @Test
    void aStatementScoresTheSameAloneAsInABatch() {
        NetworkSettings settings = new NetworkSettings(4, 6, 0.0, 1e-5, 0.01, false);
        ComputationGraph graph = network(settings, 7);
        CompiledNetwork compiled = NetworkFactory.compile(graph, FEATURES, settings);
        float[] together = compiled.probabilities(FEATURIZER.featurize(INPUTS));
        for (int i = 0; i < INPUTS.size(); i++) {
            float[] alone = compiled.probabilities(FEATURIZER.featurize(List.of(INPUTS.get(i))));
            for (int j = 0; j < 3; j++) {
                assertEquals(together[i * 3 + j], alone[j], "statement " + i + ", output " + j);
            }
        }
        graph.close();
    }

    @Test
    void keepsTheWeightsItWasMadeWith() {
        ComputationGraph graph = network(NetworkSettings.defaults(), 3);
        FeatureBatch batch = FEATURIZER.featurize(INPUTS);
        CompiledNetwork before = NetworkFactory.compile(graph, FEATURES, NetworkSettings.defaults());
        float[] first = before.probabilities(batch);
        graph.setParams(Nd4j.randn(DataType.FLOAT, 1, graph.numParams()));
        assertArrayEquals(first, before.probabilities(batch), "a snapshot does not follow later training");
        assertNotEquals(first[0], NetworkFactory.compile(graph, FEATURES, NetworkSettings.defaults()).probabilities(batch)[0]);
        graph.close();
    }
}
