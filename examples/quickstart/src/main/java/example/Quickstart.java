package example;

import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceException;
import org.stance4j.model.StanceInput;

import java.nio.file.Path;
import java.util.List;

/** Classifies three statements toward one event with the default model, or with the bundle given as argument. */
public final class Quickstart {
    public static void main(String[] args) throws StanceException {
        String event = "France refuses to cooperate with Russia over the arrest of Pavel Durov";
        List<StanceInput> statements = List.of(
                new StanceInput(event, "Our primary concern is ensuring that international legal processes are respected"),
                new StanceInput(event, "France's refusal to assist in this matter is deeply disappointing"),
                new StanceInput(event, "The situation raises questions about the future of extradition matters"));
        try (StanceClassifier classifier = args.length > 0 ? StanceClassifier.load(Path.of(args[0])) : StanceClassifier.loadDefault()) {
            List<Prediction> predictions = classifier.predictAll(statements);
            for (int i = 0; i < statements.size(); i++) {
                Prediction p = predictions.get(i);
                System.out.printf("%-10s %.2f  %s%n", p.stance().label(), p.probability(p.stance()), statements.get(i).text());
            }
            System.out.println("model trained " + classifier.info().created() + " on "
                    + classifier.info().trainingData().get(0).rows() + " statements; labels " + classifier.info().labels()
                    + "; P(condemning) of the second: " + predictions.get(1).probability(Stance.CONDEMNING));
        }
    }
}
