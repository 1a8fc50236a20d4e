package org.stance4j.encoder.runners;

import org.stance4j.datasets.LabeledStatement;
import org.stance4j.encoder.BaseEncoder;
import org.stance4j.encoder.EncoderModel;
import org.stance4j.encoder.EncoderSettings;
import org.stance4j.encoder.EncoderTrainer;
import org.stance4j.encoder.TrainingListener;
import org.stance4j.encoder.TrainingStep;
import org.stance4j.model.Stance;
import org.stance4j.nd4j.NativeBackend;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Fine-tunes MiniLM-L6 on SemEval-2016 Task 6's training file with a stratified 20 % held out (by
 * target and stance, seed 1), printing step times, memory, and after each epoch the held-out macro-F1
 * and F_avg (mean F1 of FAVOR and AGAINST). Arguments: the file, then optionally epochs, pooling (MEAN or
 * CLS), class weighting (true or false), a limit on training steps (for a quick look) and the max length
 * (128, with buckets 32, 64 and 128; or 64, with buckets 32 and 64).
 */
public final class SemEvalFineTune {
    private SemEvalFineTune() {
    }

    public static void main(String[] args) throws Exception {
        NativeBackend.select();
        Path file = Path.of(args[0]);
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String pooling = args.length > 2 ? args[2] : "MEAN";
        boolean classWeighted = args.length > 3 && Boolean.parseBoolean(args[3]);
        int maxSteps = args.length > 4 ? Integer.parseInt(args[4]) : Integer.MAX_VALUE;
        int maxLength = args.length > 5 ? Integer.parseInt(args[5]) : 128;
        List<LabeledStatement> all = read(file);
        List<LabeledStatement> train = new ArrayList<>();
        List<LabeledStatement> dev = new ArrayList<>();
        split(all, train, dev);
        EncoderSettings d = EncoderSettings.defaults();
        List<Integer> buckets = maxLength == 128 ? d.buckets() : List.of(32, maxLength);
        EncoderSettings settings = new EncoderSettings(maxLength, buckets, d.batchSize(), d.encoderLearningRate(),
                d.headLearningRate(), d.warmupFraction(), d.weightDecay(), d.clipNorm(), epochs, d.dropout(),
                org.stance4j.encoder.Pooling.valueOf(pooling), d.freezeEmbeddings(), d.frozenLayers(), classWeighted, d.seed());
        System.out.printf("%d training, %d held out; %s; %s%n", train.size(), dev.size(), settings, ProcessMemory.describe());
        EncoderTrainer trainer = EncoderTrainer.start(BaseEncoder.miniLmL6(), settings, train);
        System.out.printf("%d steps per epoch, %d in all; %s%n", trainer.stepsPerEpoch(), trainer.totalSteps(),
                ProcessMemory.describe());
        long runStart = System.nanoTime();
        double[] stepSeconds = {0};
        long[] epochStart = {System.nanoTime()};
        trainer.train(maxSteps, new TrainingListener() {
            @Override
            public void onStep(TrainingStep s) {
                stepSeconds[0] += s.seconds();
                if (s.step() % 10 == 0 || s.step() <= 3) {
                    System.out.printf("step %d/%d epoch %d: loss %.4f, |g| %.3f, lr %.2e, %.2f s this step, %.2f s mean; %s%n",
                            s.step(), s.totalSteps(), s.epoch(), s.loss(), s.gradientNorm(), s.learningRate(), s.seconds(),
                            stepSeconds[0] / s.step(), ProcessMemory.describe());
                }
            }

            @Override
            public void onEpoch(int epoch, Supplier<EncoderModel> model) {
                double trainSeconds = (System.nanoTime() - epochStart[0]) / 1e9;
                long scoreStart = System.nanoTime();
                float[] p = model.get().probabilities(dev.stream().map(LabeledStatement::input).toList());
                double scoreSeconds = (System.nanoTime() - scoreStart) / 1e9;
                System.out.printf("epoch %d: %.0f s training; held out: %s; scored %d in %.1f s (%.0f/s); %s%n", epoch,
                        trainSeconds, Scores.of(dev, p), dev.size(), scoreSeconds, dev.size() / scoreSeconds,
                        ProcessMemory.describe());
                epochStart[0] = System.nanoTime();
            }
        });
        System.out.printf("done in %.0f s; %s%n", (System.nanoTime() - runStart) / 1e9, ProcessMemory.describe());
    }

    static List<LabeledStatement> read(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, Charset.forName("windows-1252"));
        List<LabeledStatement> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (f.length < 4) {
                continue;
            }
            Stance stance = switch (f[3].strip()) {
                case "FAVOR" -> Stance.SUPPORTIVE;
                case "AGAINST" -> Stance.CONDEMNING;
                case "NONE" -> Stance.NEUTRAL;
                default -> throw new IllegalArgumentException("stance " + f[3]);
            };
            out.add(new LabeledStatement(f[0], f[1], f[2], stance));
        }
        return out;
    }

    /** 20 % of every (target, stance) group, drawn with seed 1. */
    static void split(List<LabeledStatement> all, List<LabeledStatement> train, List<LabeledStatement> dev) {
        Map<String, List<LabeledStatement>> groups = new LinkedHashMap<>();
        for (LabeledStatement s : all) {
            groups.computeIfAbsent(s.event() + "\t" + s.stance(), k -> new ArrayList<>()).add(s);
        }
        Random random = new Random(1);
        for (List<LabeledStatement> g : groups.values()) {
            Collections.shuffle(g, random);
            int held = Math.round(g.size() * 0.2f);
            dev.addAll(g.subList(0, held));
            train.addAll(g.subList(held, g.size()));
        }
        Collections.shuffle(train, random);
    }

    /** Per-stance F1, macro-F1 and F_avg of the most probable stance. */
    static final class Scores {
        static String of(List<LabeledStatement> gold, float[] p) {
            int k = Stance.values().length;
            int[] tp = new int[k];
            int[] fp = new int[k];
            int[] fn = new int[k];
            int correct = 0;
            for (int i = 0; i < gold.size(); i++) {
                int best = 0;
                for (int j = 1; j < k; j++) {
                    if (p[i * k + j] > p[i * k + best]) {
                        best = j;
                    }
                }
                int g = gold.get(i).stance().ordinal();
                if (best == g) {
                    tp[g]++;
                    correct++;
                } else {
                    fp[best]++;
                    fn[g]++;
                }
            }
            double[] f1 = new double[k];
            for (int j = 0; j < k; j++) {
                f1[j] = tp[j] == 0 ? 0 : 2.0 * tp[j] / (2.0 * tp[j] + fp[j] + fn[j]);
            }
            double macro = (f1[0] + f1[1] + f1[2]) / 3;
            double fAvg = (f1[Stance.SUPPORTIVE.ordinal()] + f1[Stance.CONDEMNING.ordinal()]) / 2;
            return String.format("macro-F1 %.3f, F_avg %.3f (F1 favor %.3f, against %.3f, none %.3f), accuracy %.3f", macro,
                    fAvg, f1[0], f1[1], f1[2], (double) correct / gold.size());
        }
    }
}
