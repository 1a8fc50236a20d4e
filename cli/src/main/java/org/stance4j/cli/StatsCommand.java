package org.stance4j.cli;

import org.stance4j.datasets.CorpusDatasheet;
import org.stance4j.datasets.Dataset;
import org.stance4j.datasets.DatasetStatistics;
import org.stance4j.model.StanceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print statistics of labeled statements as Markdown.",
                "Without --data: the bundled corpus's datasheet figures, splits included."})
final class StatsCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE", description = "Labeled statements (default: the bundled corpus).")
    Path data;

    @Mixin
    DataOptions dataOptions;

    @Override
    public Integer call() throws StanceException {
        if (data == null) {
            spec.commandLine().getOut().print(CorpusDatasheet.figures());
        } else {
            Dataset dataset = dataOptions.read(data, spec.commandLine().getErr());
            spec.commandLine().getOut().print(DatasetStatistics.of(dataset, Map.of()).markdown());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
