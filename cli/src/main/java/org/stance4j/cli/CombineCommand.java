package org.stance4j.cli;

import org.stance4j.model.StanceException;
import org.stance4j.model.bundle.BundleReader;
import org.stance4j.model.bundle.DataRecord;
import org.stance4j.model.bundle.Manifest;
import org.stance4j.model.bundle.ModelBundle;
import org.stance4j.model.bundle.TrainingRecord;
import org.stance4j.model.bundle.Versions;
import org.stance4j.model.kind.MeanBundle;
import org.stance4j.model.kind.MeanKind;
import org.stance4j.model.kind.MeanScorer;
import org.stance4j.datasets.BundledCorpus;
import org.stance4j.datasets.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "combine", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Combine trained models into one that averages their probabilities (a bundle of kind mean).",
                "train --recipe mean trains an n-gram and an encoder model and combines them; this combines models "
                        + "you already have, of any kinds, without training.",
                "A model given with --known-events-only scores only statements toward the events of --known-events "
                        + "(a model trained with --augment, say, which has learnt which way each of those events points); "
                        + "one given with --other-events-only scores only the rest."})
final class CombineCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "MODEL.zip", arity = "0..*", description = "Models that score every statement; two or more models in all.")
    List<Path> members = new ArrayList<>();

    @Option(names = "--known-events-only", paramLabel = "MODEL.zip", description = "A model that scores only statements toward the known events (repeatable).")
    List<Path> knownOnly = new ArrayList<>();

    @Option(names = "--other-events-only", paramLabel = "MODEL.zip", description = "A model that scores only statements toward other events (repeatable).")
    List<Path> otherOnly = new ArrayList<>();

    @Option(names = "--known-events", paramLabel = "FILE", description = "Labeled statements whose events are the known ones: "
            + "the data the models were trained on; bundled for the bundled corpus (default: bundled, when a model is given "
            + "with --known-events-only or --other-events-only).")
    String knownEvents;

    @picocli.CommandLine.Mixin
    DataOptions dataOptions;

    @Option(names = "--out", paramLabel = "MODEL.zip", required = true, description = "Where to save the combined model.")
    Path out;

    @Override
    public Integer call() throws StanceException {
        Cli.checkWritableFile(out, "--out");
        Map<Path, MeanScorer.Serves> all = new LinkedHashMap<>();
        otherOnly.forEach(p -> all.put(p, MeanScorer.Serves.OTHER_EVENTS));
        knownOnly.forEach(p -> all.put(p, MeanScorer.Serves.KNOWN_EVENTS));
        members.forEach(p -> all.put(p, MeanScorer.Serves.ALL));
        int given = otherOnly.size() + knownOnly.size() + members.size();
        if (given < 2 || all.size() != given) {
            throw new UsageException("combine needs two or more different models, got " + given
                    + (all.size() != given ? " with one given twice" : ""));
        }
        boolean routed = !knownOnly.isEmpty() || !otherOnly.isEmpty();
        if (knownEvents != null && !routed) {
            throw new UsageException("--known-events only matters with --known-events-only or --other-events-only");
        }
        boolean knownServed = !knownOnly.isEmpty() || !members.isEmpty();
        boolean otherServed = !otherOnly.isEmpty() || !members.isEmpty();
        if (!knownServed || !otherServed) {
            throw new UsageException("every statement needs a model: give one that scores the "
                    + (knownServed ? "other" : "known") + " events too");
        }
        Set<String> events = routed ? events() : Set.of();
        List<MeanBundle.Member> read = new ArrayList<>();
        Map<String, DataRecord> data = new LinkedHashMap<>();
        Long seed = null;
        for (Map.Entry<Path, MeanScorer.Serves> entry : all.entrySet()) {
            Path member = entry.getKey();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(member);
            } catch (NoSuchFileException e) {
                throw new UsageException(member + ": no such file");
            } catch (IOException e) {
                throw new UsageException(member + ": cannot read: " + e.getMessage());
            }
            // read as a model first: a damaged member is refused here, with its own message
            ModelBundle bundle = BundleReader.read(bytes, member.toString());
            bundle.scorer().close();
            Manifest manifest = bundle.manifest();
            if (manifest.training() != null) {
                manifest.training().data().forEach(d -> data.putIfAbsent(d.role() + " " + d.sha256(), d));
                seed = seed == null ? manifest.training().seed() : seed;
            }
            // the entry's name says what the member is and, if not every statement, what it scores
            String name = manifest.kindName() + (entry.getValue() == MeanScorer.Serves.ALL ? "" : "-" + entry.getValue().label());
            read.add(new MeanBundle.Member(name, bytes, entry.getValue()));
        }
        List<String> names = new ArrayList<>();
        all.forEach((path, serves) -> names.add(path.getFileName()
                + (serves == MeanScorer.Serves.ALL ? "" : " (" + serves.label() + ")")));
        TrainingRecord record = new TrainingRecord(seed == null ? 0 : seed,
                Map.of("recipe", MeanKind.NAME, "combinedFrom", String.join(", ", names)), List.copyOf(data.values()),
                0, 0, "combined from trained models", 0);
        Cli.write(out, "--out", () -> MeanBundle.write(out, read, events, record, Versions.current("none"), Map.of()));
        spec.commandLine().getOut().println("saved the mean of " + given + " models to " + out
                + (routed ? ", " + events.size() + " events known" : ""));
        return 0;
    }

    private Set<String> events() throws StanceException {
        Dataset dataset = knownEvents == null || knownEvents.equals("bundled")
                ? BundledCorpus.load() : dataOptions.read(Path.of(knownEvents), spec.commandLine().getErr());
        return dataset.eventCounts().keySet();
    }
}
