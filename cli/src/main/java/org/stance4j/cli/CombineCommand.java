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
import java.util.concurrent.Callable;

@Command(name = "combine", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Combine trained models into one that averages their probabilities (a bundle of kind mean).",
                "train --recipe mean trains an n-gram and an encoder model and combines them; this combines models "
                        + "you already have, of any kinds, without training."})
final class CombineCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "MODEL.zip", arity = "2..*", description = "Two or more model bundles.")
    List<Path> members = new ArrayList<>();

    @Option(names = "--out", paramLabel = "MODEL.zip", required = true, description = "Where to save the combined model.")
    Path out;

    @Override
    public Integer call() throws StanceException {
        Cli.checkWritableFile(out, "--out");
        List<MeanBundle.Member> read = new ArrayList<>();
        Map<String, DataRecord> data = new LinkedHashMap<>();
        Long seed = null;
        for (Path member : members) {
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
            read.add(new MeanBundle.Member(manifest.kindName(), bytes));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            names.add(members.get(i).getFileName().toString());
        }
        TrainingRecord record = new TrainingRecord(seed == null ? 0 : seed,
                Map.of("recipe", MeanKind.NAME, "combinedFrom", String.join(", ", names)), List.copyOf(data.values()),
                0, 0, "combined from trained models", 0);
        Cli.write(out, "--out", () -> MeanBundle.write(out, read, record, Versions.current("none"), Map.of()));
        spec.commandLine().getOut().println("saved the mean of " + members.size() + " models to " + out);
        return 0;
    }
}
