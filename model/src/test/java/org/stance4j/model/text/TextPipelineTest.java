package org.stance4j.model.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextPipelineTest {
    private final TextPipeline pipeline = new TextPipeline(TextSettings.defaults());

    @Test
    void tokenisesAndNormalises() {
        assertEquals(List.of("<user>", "france", "'s", "refusal", "is", "deeply", "disappointing", "!!", "<url>",
                        "hand", "over", "the", "server", "<num>"),
                pipeline.tokenize("@Quai_dOrsay France's refusal is DEEPLY disappointing!!!! https://t.co/x #HandOverTheServer 2,000"));
    }

    @Test
    void shortensElongationAndSplitsHashtagDigits() {
        assertEquals(List.of("soo", "good", "climate", "<num>"), pipeline.tokenize("Soooo gooood #climate2030"));
    }

    @Test
    void emptyAndBlankTextsGiveNoTokens() {
        assertEquals(List.of(List.of(), List.of(), List.of("a")), pipeline.tokenizeAll(List.of("", "  \t ", "a")));
    }

    @Test
    void lineBreaksInsideATextDoNotSplitIt() {
        List<List<String>> tokens = pipeline.tokenizeAll(List.of("first line\nsecond\r\nthird\u2028fourth", "next"));
        assertEquals(2, tokens.size());
        assertEquals(List.of("first", "line", "second", "third", "fourth"), tokens.get(0));
        assertEquals(List.of("next"), tokens.get(1));
    }

    @Test
    void aBatchTokenisesEachTextAsItWouldAlone() {
        Random random = new Random(7);
        String alphabet = "abc XYZ.,;:'\"!?()-#@$%&*/\\ 123 éü\t\n\r\u2028 U.S. can't won't http://x.y/z ";
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(60);
            for (int j = 0; j < n; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        List<List<String>> batch = pipeline.tokenizeAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(pipeline.tokenize(texts.get(i)), batch.get(i), "text " + i + ": " + texts.get(i));
        }
    }

    @Test
    void settingsOfAnUnknownPipelineAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TextSettings("whitespace", "", TextSettings.NORMALIZATION_V1));
        assertThrows(IllegalArgumentException.class, () -> new TextSettings(TextSettings.CORENLP_PTB, "", "v0"));
        assertThrows(IllegalArgumentException.class, () -> new TextSettings(TextSettings.CORENLP_PTB, "tokenizeNLs=false", TextSettings.NORMALIZATION_V1));
    }
}
