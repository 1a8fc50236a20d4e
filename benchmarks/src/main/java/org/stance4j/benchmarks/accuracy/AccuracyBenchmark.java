package org.stance4j.benchmarks.accuracy;

import org.stance4j.datasets.Dataset;
import org.stance4j.datasets.Split;
import org.stance4j.model.StanceException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * stance4j against the peer baselines on the public corpora, on exactly the same splits: for each
 * seed the corpus is split anew (k folds, or train/dev for VAST), each of stance4j's recipes is trained
 * with that seed (the encoder on the first seeds only), and the peers run on the same files.
 */
public final class AccuracyBenchmark {
    /**
     * @param peers the peer scripts' folder, or null to run stance4j alone
     */
    public record Options(List<BenchmarkCorpus> corpora, int seeds, int folds, Path datasets, Path peers,
                          List<Contender> recipes) {
        public Options {
            corpora = List.copyOf(corpora);
            recipes = List.copyOf(recipes);
        }
    }

    /**
     * @param perSeed per system, one entry per seed: the mean over that seed's folds
     */
    public record CorpusResult(BenchmarkCorpus corpus, int statements, String splits, Map<String, List<Scores>> perSeed) {
    }

    private AccuracyBenchmark() {
    }

    public static List<CorpusResult> run(Options options, Consumer<String> progress)
            throws StanceException, IOException, InterruptedException {
        Peers peers = options.peers() == null ? null : new Peers(options.peers());
        Path work = Files.createTempDirectory("stance4j-benchmark");
        List<CorpusResult> results = new ArrayList<>();
        try {
            for (BenchmarkCorpus corpus : options.corpora()) {
                List<Dataset> data = corpus.read(options.datasets());
                Map<String, List<Scores>> perSeed = new LinkedHashMap<>();
                for (int seed = 1; seed <= options.seeds(); seed++) {
                    List<Split> splits = corpus.splits(data, options.folds(), seed);
                    Map<String, List<Scores>> perFold = new LinkedHashMap<>();
                    for (int f = 0; f < splits.size(); f++) {
                        Split split = splits.get(f);
                        List<Contender.Outcome> outcomes = new ArrayList<>();
                        for (Contender recipe : options.recipes()) {
                            if (recipe.runsOnSeed(seed)) {
                                progress.accept(corpus.id() + ": seed " + seed + ", split " + (f + 1) + "/" + splits.size()
                                        + ", " + recipe.system());
                                outcomes.add(recipe.score(split, seed));
                            }
                        }
                        if (outcomes.size() > 1) {
                            outcomes.add(MeanOfRecipes.of(outcomes, split));
                        }
                        for (Contender.Outcome outcome : outcomes) {
                            Scores scores = outcome.scores();
                            progress.accept(String.format(Locale.ROOT, "  %s: macro-F1 %.4f, F_avg %.4f, trained in %.0f s",
                                    scores.system(), scores.macroF1(), scores.fAvg(), scores.trainSeconds()));
                            perFold.computeIfAbsent(scores.system(), k -> new ArrayList<>()).add(scores);
                        }
                        if (peers != null) {
                            for (Scores s : peers.run(split, corpus == BenchmarkCorpus.SEMEVAL2016, work.resolve(corpus.id() + "-" + seed + "-" + f))) {
                                perFold.computeIfAbsent(s.system(), k -> new ArrayList<>()).add(s);
                            }
                        }
                    }
                    perFold.forEach((system, scores) -> perSeed.computeIfAbsent(system, k -> new ArrayList<>()).add(mean(system, scores)));
                }
                results.add(new CorpusResult(corpus, data.stream().mapToInt(Dataset::size).sum(),
                        corpus.splitDescription(options.folds()), perSeed));
            }
        } finally {
            deleteTree(work);
        }
        return results;
    }

    private static Scores mean(String system, List<Scores> folds) {
        return new Scores(system, folds.stream().mapToLong(Scores::examples).sum(),
                folds.stream().mapToDouble(Scores::accuracy).average().orElse(Double.NaN),
                folds.stream().mapToDouble(Scores::macroF1).average().orElse(Double.NaN),
                folds.stream().mapToDouble(Scores::fAvg).average().orElse(Double.NaN),
                folds.stream().mapToDouble(Scores::trainSeconds).average().orElse(Double.NaN),
                folds.stream().mapToDouble(Scores::predictPerSecond).average().orElse(Double.NaN));
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
