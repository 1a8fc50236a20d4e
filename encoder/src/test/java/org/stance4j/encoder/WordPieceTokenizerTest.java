package org.stance4j.encoder;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compares with Hugging Face's own tokenizer (Rust, through DJL's JNI binding), the reference. */
class WordPieceTokenizerTest {
    private static final String EVENT = "Climate Change is a Real Concern";
    /** Strings chosen to hit every branch of normalisation, pre-tokenisation and WordPiece. */
    static final List<String> TRICKY = List.of(
            "Hello, World!",
            "Café au lait, naïve résumé, Ångström, São Paulo, Dvořák",
            "ﬁne ﬂour — “quoted” ‘single’ …ellipsis",
            "I ❤️ this 😀😂🤣🥰🥺🧡 👍🏽 #blessed",
            "Check https://t.co/AbC123?x=1&y=2 and www.example.org/path_to-page",
            "#StanceTag #FeelTheBern #CityCouncil @mayor_office @user_name123",
            "中文字符和日本語のテキスト、한국어 텍스트",
            "supercalifragilisticexpialidocious pneumonoultramicroscopicsilicovolcanoconiosis",
            "a".repeat(100) + " " + "b".repeat(101) + " " + "ab".repeat(60),
            "tab\there\nnew line\r\n\u000bvt\u000cff\u0085nel\u00a0nbsp\u2003em\u200bzw\u200djoin\u3000ideo",
            "control\u0001chars\u0007\u001f\u007f\ufffdrepl\u0000nul\ufeffbom",
            "ΣΊΣΥΦΟΣ ὈΔΥΣΣΕΎΣ İstanbul ǅ ß straße ﬀ",
            "Ελληνικά, русский текст, עברית, العربية, हिन्दी",
            "[CLS] injected [SEP] tokens [MASK][UNK]x[PAD] and [NOT] special [SEP",
            "numbers 3.14159 1,000,000 $5.99 50% 10:30pm 2016-08-01",
            "can't won't y'all ain't rock'n'roll e-mail",
            "private\ue000use \ud83d lone surrogate \udc00 end",
            "   leading and trailing   ",
            "",
            "RT @SenSanders: We need #ClimateAction NOW!!! 🌍🔥 http://bit.ly/1xyz",
            "Mathematical 𝐛𝐨𝐥𝐝 𝓼𝓬𝓻𝓲𝓹𝓽 and ①②③ and ＦＵＬＬＷＩＤＴＨ",
            "combining e\u0301 a\u0300 and Hangul 한 and 𠀀𠀁 ext-B");

    private static final Map<Integer, HuggingFaceTokenizer> REFERENCES = new HashMap<>();
    private static byte[] json;
    private static WordPieceTokenizer tokenizer;

    @BeforeAll
    static void load() throws Exception {
        BaseEncoder miniLm = BaseEncoder.miniLmL6();
        tokenizer = miniLm.tokenizer();
        try (InputStream in = miniLm.open(miniLm.tokenizerResource())) {
            json = in.readAllBytes();
        }
    }

    @AfterAll
    static void close() {
        REFERENCES.values().forEach(HuggingFaceTokenizer::close);
    }

    @Test
    void givesTheReferenceIdsForEveryTrickyPair() {
        List<String> disagreements = new ArrayList<>();
        for (String text : TRICKY) {
            for (int maxLength : new int[] {16, 64, 512}) {
                EncodedPair ours = tokenizer.encodePair(EVENT, text, maxLength);
                Encoding theirs = reference(EVENT, text, maxLength);
                long[] expectedTypes = theirs.getTypeIds();
                if (!Arrays.equals(toLong(ours.ids()), theirs.getIds())
                        || !Arrays.equals(toLong(ours.typeIds()), expectedTypes)) {
                    disagreements.add(maxLength + " '" + text + "':\n  ours   " + Arrays.toString(ours.ids())
                            + "\n  theirs " + Arrays.toString(theirs.getIds()) + "\n  tokens " + Arrays.toString(theirs.getTokens()));
                }
            }
        }
        assertTrue(disagreements.isEmpty(), String.join("\n", disagreements));
    }

    @Test
    void truncatesTheLongerPartFirstAsTheReferenceDoes() {
        String longEvent = "the event is described at length ".repeat(12);
        String longText = "and the statement goes on and on ".repeat(15);
        for (String[] pair : new String[][] {{longEvent, "short"}, {"short", longText}, {longEvent, longText},
                {longText, longEvent}}) {
            for (int maxLength = 3; maxLength <= 70; maxLength++) {
                EncodedPair ours = tokenizer.encodePair(pair[0], pair[1], maxLength);
                Encoding theirs = reference(pair[0], pair[1], maxLength);
                assertArrayEquals(theirs.getIds(), toLong(ours.ids()), maxLength + " " + pair[0].length());
                assertArrayEquals(theirs.getTypeIds(), toLong(ours.typeIds()));
                assertTrue(ours.length() <= maxLength);
            }
        }
    }

    @Test
    void marksTheStatementWithTypeOne() {
        EncodedPair pair = tokenizer.encodePair("a b", "c d e", 32);
        assertEquals(3 + 2 + 3, pair.length());
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 1}, pair.typeIds());
        assertEquals(101, pair.ids()[0]);
        assertEquals(102, pair.ids()[3]);
        assertEquals(102, pair.ids()[7]);
    }

    /** Hugging Face's encoding, truncated to {@code maxLength} with its longest-first strategy, unpadded. */
    private static Encoding reference(String first, String second, int maxLength) {
        HuggingFaceTokenizer t = REFERENCES.computeIfAbsent(maxLength, n -> {
            try {
                return HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(json), Map.of("addSpecialTokens", "true",
                        "padding", "false", "truncation", "true", "maxLength", Integer.toString(n)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return t.encode(first, second);
    }

    private static long[] toLong(int[] ints) {
        return Arrays.stream(ints).asLongStream().toArray();
    }
}
