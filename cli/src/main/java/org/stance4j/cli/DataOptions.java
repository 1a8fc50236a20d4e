package org.stance4j.cli;

import org.stance4j.datasets.DataFormat;
import org.stance4j.datasets.Dataset;
import org.stance4j.datasets.DatasetReader;
import org.stance4j.datasets.ReadOptions;
import org.stance4j.model.InvalidDataException;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;

/** How to read data files: shared by the commands that read labeled statements. */
final class DataOptions {
    @Option(names = "--format", paramLabel = "F", defaultValue = "csv",
            description = "Data format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            converter = FormatConverter.class, completionCandidates = FormatCandidates.class)
    DataFormat format;

    @Option(names = "--skip-invalid", description = "Skip rows with an empty text or event, a missing field or an unknown label, and say how many.")
    boolean skipInvalid;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Character encoding of the data (default: UTF-8; windows-1252 for semeval2016).")
    String encoding;

    @Option(names = "--max-field-chars", paramLabel = "N", defaultValue = "" + ReadOptions.DEFAULT_MAX_FIELD_CHARS,
            description = "Longest line or field accepted, in characters (default: ${DEFAULT-VALUE}).")
    int maxFieldChars;

    ReadOptions readOptions() {
        if (maxFieldChars < 1) {
            throw new UsageException("--max-field-chars must be positive, got " + maxFieldChars);
        }
        Charset charset = null;
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new UsageException("unknown --encoding '" + encoding + "'");
            }
        }
        return new ReadOptions(skipInvalid, charset, maxFieldChars);
    }

    Dataset read(Path file, PrintWriter notes) throws InvalidDataException {
        Dataset dataset = DatasetReader.read(file, format, readOptions());
        if (dataset.skipped() > 0) {
            notes.println("skipped " + dataset.skipped() + " invalid row" + (dataset.skipped() == 1 ? "" : "s") + " of " + file);
        }
        return dataset;
    }

    static final class FormatCandidates extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FormatCandidates() {
            for (DataFormat f : DataFormat.values()) {
                add(f.id());
            }
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<DataFormat> {
        @Override
        public DataFormat convert(String value) {
            return DataFormat.fromId(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "unknown format '" + value + "' (known: " + DataFormat.ids() + ")"));
        }
    }
}
