package org.stance4j.encoder.runners;

import org.stance4j.encoder.BaseEncoder;
import org.stance4j.encoder.EncoderConfig;
import org.stance4j.encoder.EncoderModel;
import org.stance4j.encoder.EncoderSettings;
import org.stance4j.encoder.EncoderBundle;
import org.stance4j.encoder.OrtScoring;
import org.stance4j.model.StanceInput;
import org.stance4j.model.bundle.TrainingRecord;
import org.stance4j.model.kind.Scorer;
import org.stance4j.nd4j.NativeBackend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Statements per second with MiniLM-L6's real weights (the head is untrained, which costs the same), on
 * tweet-length pairs, through {@link EncoderModel#probabilities} (ND4J) and through ONNX Runtime with as
 * many intra-op threads as processors, then with one intra-op thread and as many calling threads; the
 * latency of one pair alone; and the time from a bundle to its first prediction in a new JVM, both ways. Arguments: pairs per run (default 2048),
 * runs (default 3), and {@code bge} to measure bge-small-en-v1.5 instead (with its jar on the class path).
 */
public final class ScoringSpeed {
    private static final String[] WORDS = ("the a we they this that is are not never always people government "
            + "climate change science real hoax #climate #StanceTag @user http://t.co/x1 vote election women rights "
            + "choice life god pray faith atheism feminism equal pay hillary clinton trump democrats america "
            + "proud shame disgrace support oppose love hate wrong right future children must should will can").split(" ");

    private ScoringSpeed() {
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
        BaseEncoder base = args.length > 2 && args[2].equals("bge") ? BaseEncoder.bgeSmallEnV15() : BaseEncoder.miniLmL6();
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
        double eager = 0;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            model.probabilities(inputs);
            double seconds = (System.nanoTime() - start) / 1e9;
            eager = Math.max(eager, pairs / seconds);
            System.out.printf("ND4J run %d: %d pairs in %.2f s = %.0f statements/s; %s%n", r + 1, pairs, seconds,
                    pairs / seconds, ProcessMemory.describe());
        }
        double eagerSingle = singlePairMillis(inputs, in -> model.probabilities(in));

        Map<String, byte[]> entries = model.entries(true, false);
        int cores = Runtime.getRuntime().availableProcessors();
        double ort = 0;
        double ortSpinning = 0;
        double ortParallel = 0;
        double ortSingle;
        try (Scorer spinning = OrtScoring.open(entries, cores, true); Scorer scorer = OrtScoring.open(entries, cores, false);
             Scorer single = OrtScoring.open(entries, 1, false)) {
            for (Scorer s : new Scorer[] {spinning, scorer, single}) {
                s.score(inputs.subList(0, Math.min(256, pairs)));
            }
            // the three interleaved, run by run, so that the machine's other work weighs on each alike
            for (int r = 0; r < runs; r++) {
                ortSpinning = Math.max(ortSpinning, rate(pairs, 1, spinning, inputs,
                        "ONNX Runtime, " + cores + " spinning intra-op threads, run " + (r + 1)));
                ort = Math.max(ort, rate(pairs, 1, scorer, inputs, "ONNX Runtime, " + cores + " intra-op threads, run "
                        + (r + 1)));
                ortParallel = Math.max(ortParallel, rate(pairs, cores, single, inputs, "ONNX Runtime, 1 intra-op thread, "
                        + cores + " calling threads, run " + (r + 1)));
            }
            ortSingle = singlePairMillis(inputs, scorer::score);
        }
        System.out.printf("best: ND4J %.0f statements/s; ONNX Runtime %.0f (%.1f times), with spinning threads %.0f "
                + "(%.1f times), 1 intra-op thread x %d calls %.0f (%.1f times); one pair: ND4J %.1f ms, ONNX Runtime "
                + "%.1f ms (%.1f times faster)%n", eager, ort, ort / eager, ortSpinning, ortSpinning / eager, cores,
                ortParallel, ortParallel / eager, eagerSingle, ortSingle, eagerSingle / ortSingle);

        Path bundle = Files.createTempFile("scoring-speed", ".zip");
        EncoderBundle.write(bundle, model, new TrainingRecord(1, Map.of("recipe", "encoder"), List.of(), 0, 0, "untrained",
                1.0), Map.of(), true);
        for (String kind : new String[] {"nd4j", "ort", "nd4j", "ort"}) {
            System.out.println(LoadTime.inNewJvm(kind, bundle));
        }
        Files.delete(bundle);
    }

    /** Statements per second of {@code callers} threads each scoring all inputs at once. */
    private static double rate(int pairs, int callers, Scorer scorer, List<StanceInput> inputs, String what)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            long start = System.nanoTime();
            List<Future<?>> calls = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                calls.add(pool.submit(() -> scorer.score(inputs)));
            }
            for (Future<?> call : calls) {
                call.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %d pairs in %.2f s = %.0f statements/s; %s%n", what, callers * pairs, seconds,
                    callers * pairs / seconds, ProcessMemory.describe());
            return callers * pairs / seconds;
        } finally {
            pool.shutdown();
        }
    }

    private static double singlePairMillis(List<StanceInput> inputs, Consumer<List<StanceInput>> score) {
        int singles = 64;
        long start = System.nanoTime();
        for (int i = 0; i < singles; i++) {
            score.accept(inputs.subList(i, i + 1));
        }
        return (System.nanoTime() - start) / 1e6 / singles;
    }
}
