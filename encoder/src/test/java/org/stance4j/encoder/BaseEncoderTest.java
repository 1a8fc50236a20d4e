package org.stance4j.encoder;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaseEncoderTest {
    private static EncoderManifest naming(BaseEncoder base) {
        return new EncoderManifest(EncoderManifest.FORMAT, EncoderManifest.VERSION, base.name(), base.onnxSha256(),
                base.tokenizerSha256(), base.initSeed(), base.config(), EncoderSettings.defaults(), List.of("a", "b", "c"),
                32, true, "0");
    }

    @Test
    void aSavedModelFindsThePretrainedBaseItWasFineTunedFrom() throws Exception {
        for (BaseEncoder base : List.of(BaseEncoder.miniLmL6(), BaseEncoder.bgeSmallEnV15())) {
            assertEquals(base, BaseEncoder.find(naming(base)));
        }
        BaseEncoder random = BaseEncoder.random(EncoderConfig.tiny(), 5);
        assertEquals(random, BaseEncoder.find(naming(random)));
    }

    @Test
    void aBaseWithTheRightNameButOtherWeightsIsNotTakenForIt() {
        BaseEncoder miniLm = BaseEncoder.miniLmL6();
        BaseEncoder other = new BaseEncoder(miniLm.name(), miniLm.config(), miniLm.onnxResource(), "f".repeat(64),
                miniLm.tokenizerResource(), miniLm.tokenizerSha256(), 0, miniLm.artifact());
        InvalidWeightsException e = assertThrows(InvalidWeightsException.class, () -> BaseEncoder.find(naming(other)));
        assertTrue(e.getMessage().contains("which this version of stance4j does not have"), e.getMessage());
    }
}
