package org.stance4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.stance4j.evaluation.ConfusionMatrix;
import org.stance4j.inference.BuiltInModel;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;
import org.stance4j.model.kind.MeanScorer;
import org.stance4j.model.kind.Scorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How each shipped model scores the quotes of the test articles, whose stances were annotated by
 * hand ({@code article/src/test/resources/articles/*.expected.json}): the quotes as the article
 * module attributes them, scored toward the article's event. This is what {@code analyze} meets. The
 * last row averages the shipped models' probabilities, as a bundle of kind {@code mean} of the two would.
 *
 * <pre>{@code java -cp "benchmarks/target/stance4j-benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*" \
 *     org.stance4j.benchmarks.ArticleQuotes article/src/test/resources/articles}</pre>
 */
public final class ArticleQuotes {
    private ArticleQuotes() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "article/src/test/resources/articles");
        List<StanceInput> inputs = new ArrayList<>();
        List<Stance> gold = new ArrayList<>();
        read(folder, inputs, gold);
        System.out.printf(Locale.ROOT, "%d quotes of %s%n%n", inputs.size(), folder);
        System.out.println("| model | accuracy | macro-F1 | supportive and condemning swapped | seconds |");
        System.out.println("|---|---:|---:|---:|---:|");
        List<List<Prediction>> all = new ArrayList<>();
        double allSeconds = 0;
        for (BuiltInModel model : BuiltInModel.values()) {
            try (StanceClassifier classifier = StanceClassifier.load(model)) {
                long start = System.nanoTime();
                List<Prediction> predictions = classifier.predictAll(inputs);
                double seconds = (System.nanoTime() - start) / 1e9;
                row(model.word(), gold, predictions, seconds);
                all.add(predictions);
                allSeconds += seconds;
            }
        }
        // what a mean bundle of the two (train --recipe mean) would serve, without building one
        row("mean of " + String.join(" and ", java.util.Arrays.stream(BuiltInModel.values()).map(BuiltInModel::word).toList()),
                gold, new MeanScorer(all.stream().<Scorer>map(p -> in -> p).toList()).score(inputs), allSeconds);
    }

    private static void row(String name, List<Stance> gold, List<Prediction> predictions, double seconds) {
        ConfusionMatrix m = new ConfusionMatrix(gold, predictions.stream().map(Prediction::stance).toList());
        long swapped = m.count(Stance.SUPPORTIVE, Stance.CONDEMNING) + m.count(Stance.CONDEMNING, Stance.SUPPORTIVE);
        System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %d | %.1f |%n", name, m.accuracy(), m.macroF1(), swapped, seconds);
    }

    private static void read(Path folder, List<StanceInput> inputs, List<Stance> gold) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode article = json.readTree(file.toFile());
            String event = article.get("event").asText();
            for (JsonNode quote : article.get("quotes")) {
                if (!quote.hasNonNull("stance")) {
                    continue;
                }
                inputs.add(new StanceInput(event, quote.get("text").asText()));
                gold.add(Stance.fromLabel(quote.get("stance").asText()).orElseThrow(
                        () -> new IOException(file + ": unknown stance " + quote.get("stance"))));
            }
        }
    }
}
