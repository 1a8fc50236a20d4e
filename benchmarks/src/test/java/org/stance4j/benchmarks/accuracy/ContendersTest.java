package org.stance4j.benchmarks.accuracy;

import org.junit.jupiter.api.Test;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.datasets.Split;
import org.stance4j.encoder.BaseEncoder;
import org.stance4j.encoder.EncoderConfig;
import org.stance4j.encoder.EncoderSettings;
import org.stance4j.encoder.Pooling;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContendersTest {
    /** A tiny random encoder that learns fast, so that the encoder's path through the benchmark runs in seconds. */
    private static EncoderContender tinyEncoder(int epochs, int seeds) {
        EncoderSettings settings = new EncoderSettings(32, List.of(16, 32), 12, 5e-3, 3e-2, 0.1, 0.01, 1.0, epochs, 0.1,
                Pooling.MEAN, false, 0, true, 1);
        return new EncoderContender(BaseEncoder.random(EncoderConfig.tiny(), 11), settings, seeds);
    }

    /** Statements whose stance one word tells, toward three events; every fourth goes to the test part. */
    private static Split wordTellsSplit() {
        String[] events = {"the city raises bus fares", "the court upholds the protest ban", "parliament passes the budget"};
        String[][] words = {{"great", "wonderful", "excellent", "brilliant"}, {"awful", "terrible", "disgraceful", "shameful"},
                {"on tuesday", "at noon", "next week", "in march"}};
        List<LabeledStatement> train = new ArrayList<>();
        List<LabeledStatement> test = new ArrayList<>();
        int id = 0;
        for (int copy = 0; copy < 2; copy++) {
            for (String event : events) {
                for (int s = 0; s < 3; s++) {
                    for (String w : words[s]) {
                        String text = s == 2 ? "it was announced " + w : "this is " + w + ", truly " + w;
                        LabeledStatement row = new LabeledStatement(Integer.toString(id++), event, text, Stance.values()[s]);
                        (id % 4 == 0 ? test : train).add(row);
                    }
                }
            }
        }
        return new Split(train, test);
    }

    @Test
    void theEncoderIsTrainedOnTheTrainingPartAndScoredOnTheTestPart() throws Exception {
        Split split = wordTellsSplit();
        Contender.Outcome outcome = tinyEncoder(8, 1).score(split, 1);
        Scores scores = outcome.scores();
        assertEquals(split.test().size(), outcome.predictions().size());
        assertEquals("stance4j encoder (random) (8 epochs)", scores.system());
        assertEquals(split.test().size(), scores.examples());
        assertTrue(scores.accuracy() > 0.6, "a word tells the stance, yet accuracy was " + scores.accuracy());
        assertTrue(scores.trainSeconds() > 0 && scores.predictPerSecond() > 0, scores.toString());
    }

    @Test
    void theMeanOfTwoRecipesAveragesTheirProbabilitiesStatementByStatement() {
        Split split = new Split(List.of(), List.of(
                new LabeledStatement("1", "e", "a", Stance.SUPPORTIVE), new LabeledStatement("2", "e", "b", Stance.CONDEMNING)));
        // the first is sure and wrong on statement 2, the second less sure and right: the mean follows the larger margin
        Contender.Outcome first = Contender.Outcome.of("first", split,
                List.of(prediction(0.5, 0.3, 0.2), prediction(0.9, 0.1, 0.0)), 2, 1);
        Contender.Outcome second = Contender.Outcome.of("second", split,
                List.of(prediction(0.6, 0.2, 0.2), prediction(0.0, 0.7, 0.3)), 3, 1);
        Contender.Outcome mean = MeanOfRecipes.of(List.of(first, second), split);
        assertEquals(MeanOfRecipes.SYSTEM, mean.scores().system());
        assertEquals(0.55, mean.predictions().get(0).probability(Stance.SUPPORTIVE), 1e-12);
        assertEquals(Stance.SUPPORTIVE, mean.predictions().get(1).stance(), "0.45 supportive against 0.40 condemning");
        assertEquals(0.5, mean.scores().accuracy(), 1e-12);
        assertEquals(5, mean.scores().trainSeconds(), 1e-12);
        assertEquals(1, mean.scores().predictPerSecond(), 1e-12, "2 statements in 2 + 2 s");
    }

    private static Prediction prediction(double supportive, double condemning, double neutral) {
        return Prediction.of(Map.of(Stance.SUPPORTIVE, supportive, Stance.CONDEMNING, condemning, Stance.NEUTRAL, neutral));
    }

    @Test
    void theEncoderRunsOnTheFirstSeedsOnly() {
        EncoderContender encoder = tinyEncoder(1, 2);
        assertTrue(encoder.runsOnSeed(1));
        assertTrue(encoder.runsOnSeed(2));
        assertFalse(encoder.runsOnSeed(3));
    }

    @Test
    void systemsRunOnFewerSeedsAreComparedOnTheFirstSeedsFolds() {
        Map<String, List<Scores>> perSeed = new java.util.LinkedHashMap<>();
        perSeed.put("stance4j n-gram", List.of(scores(0.60), scores(0.70), scores(0.80)));
        perSeed.put("stance4j encoder", List.of(scores(0.75)));
        String md = BenchmarkReport.markdown(new AccuracyBenchmark.CorpusResult(BenchmarkCorpus.EMERGENT, 100, "2 folds", perSeed),
                "./stance4j benchmark", "2 cores");
        assertTrue(md.contains("| measure | stance4j n-gram | stance4j encoder |"), md);
        assertTrue(md.contains("| macro-F1 (headline) | 0.7000 ± 0.1000 | 0.7500 |"), md);
        assertTrue(md.contains("| seeds | 3 | 1 |"), md);
        assertTrue(md.contains("| macro-F1, seed 1's folds only | 0.6000 | 0.7500 |"), md);
    }

    @Test
    void systemsRunOnTheSameSeedsNeedNoSeedOneRow() {
        Map<String, List<Scores>> perSeed = Map.of("stance4j n-gram", List.of(scores(0.6)));
        String md = BenchmarkReport.markdown(new AccuracyBenchmark.CorpusResult(BenchmarkCorpus.VAST, 100, "dev", perSeed),
                "./stance4j benchmark", "2 cores");
        assertFalse(md.contains("seed 1's folds only"), md);
    }

    private static Scores scores(double macroF1) {
        return new Scores("x", 10, macroF1, macroF1, macroF1, 1, 1);
    }
}
