package org.stance4j.encoder;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.stance4j.nd4j.NativeBackend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Scoring's eager encoder must compute what training's SameDiff graph computes. */
class EagerEncoderTest {
    @Test
    void computesWhatTheGraphComputesForEveryPoolingWithPadding() throws Exception {
        NativeBackend.select();
        WordPieceTokenizer tokenizer = TinyEncoders.BASE.tokenizer();
        EncoderConfig config = TinyEncoders.BASE.config();
        Map<String, INDArray> weights = EncoderWeights.random(config, 3, 21);
        List<EncodedPair> pairs = new ArrayList<>();
        for (String text : List.of("a short one", "a somewhat longer statement about the event, with punctuation!", "",
                "word ".repeat(40))) {
            pairs.add(tokenizer.encodePair("the court upholds the ban", text, 24));
        }
        EncoderGraph graph = EncoderGraph.build(config, 3, weights, false);
        EagerEncoder eager = new EagerEncoder(config, weights);
        for (Pooling pooling : Pooling.values()) {
            EncoderBatch batch = EncoderBatch.of(pairs, 8, 24, pooling);
            Map<String, INDArray> out = graph.sameDiff().output(batch.inputs(), EncoderGraph.HIDDEN,
                    EncoderGraph.PROBABILITIES);
            assertArrayEquals(out.get(EncoderGraph.HIDDEN).dup('c').data().asFloat(),
                    eager.hidden(batch).dup('c').data().asFloat(), 2e-5f, "hidden, " + pooling);
            assertArrayEquals(out.get(EncoderGraph.PROBABILITIES).dup('c').data().asFloat(),
                    eager.probabilities(batch).dup('c').data().asFloat(), 2e-6f, "probabilities, " + pooling);
        }
    }
}
