package org.stance4j.datasets;

import org.apache.commons.csv.CSVFormat;
import org.stance4j.model.InvalidDataException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labeled statements from a file in one of the {@link DataFormat}s. Every problem becomes one
 * {@link InvalidDataException} naming the file, the line, the column where it applies, and what is
 * wrong; with {@link ReadOptions#skipInvalid()} bad rows are skipped and counted instead.
 */
public final class DatasetReader {
    private DatasetReader() {
    }

    public static Dataset read(Path file, DataFormat format) throws InvalidDataException {
        return read(file, format, ReadOptions.defaults());
    }

    public static Dataset read(Path file, DataFormat format, ReadOptions options) throws InvalidDataException {
        checkReadable(file);
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, format, options);
        } catch (IOException e) {
            throw new InvalidDataException(file, 0, null, "cannot read: " + e.getMessage());
        }
    }

    /** Reads from a stream; {@code origin} names it in messages and in the dataset. */
    public static Dataset read(String origin, InputStream in, DataFormat format, ReadOptions options)
            throws InvalidDataException {
        RowMapper mapper = mapper(format);
        try (TableReader table = TableReader.open(origin, in,
                options.encoding() != null ? options.encoding() : format.defaultCharset(),
                tableFormat(format), options.maxFieldChars())) {
            mapper.checkHeader(table);
            List<LabeledStatement> statements = new ArrayList<>();
            int skipped = 0;
            long dataRow = 0;
            for (TableReader.Row row = table.next(); row != null; row = table.next()) {
                dataRow++;
                try {
                    checkFieldLengths(row, options.maxFieldChars());
                    statements.add(mapper.map(row, dataRow));
                } catch (RowMapper.RowProblem p) {
                    if (!options.skipInvalid()) {
                        throw new InvalidDataException(origin, row.line(), p.column(), p.getMessage()
                                + " (use --skip-invalid to skip such rows)");
                    }
                    skipped++;
                }
            }
            if (dataRow == 0) {
                throw new InvalidDataException(origin, 0, null, "no data rows after the header");
            }
            if (statements.isEmpty()) {
                throw new InvalidDataException(origin, 0, null, "all " + skipped + " rows are invalid");
            }
            return new Dataset(origin, table.sha256(), mapper.finish(statements), skipped);
        }
    }

    private static void checkFieldLengths(TableReader.Row row, int max) throws RowMapper.RowProblem {
        for (String value : row.values()) {
            if (value.length() > max) {
                throw new RowMapper.RowProblem(null, "a field is longer than " + max
                        + " characters (raise the limit with --max-field-chars)");
            }
        }
    }

    /** Refuses a path that is not a readable, non-empty file, with the same messages for every reader here. */
    static void checkReadable(Path file) throws InvalidDataException {
        if (Files.isDirectory(file)) {
            throw new InvalidDataException(file, 0, null, "is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new InvalidDataException(file, 0, null, "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new InvalidDataException(file, 0, null, "cannot be read (permission denied)");
        }
        try {
            if (Files.size(file) == 0) {
                throw new InvalidDataException(file, 0, null, "the file is empty (expected a header row)");
            }
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(file, 0, null, "no such file");
        } catch (AccessDeniedException e) {
            throw new InvalidDataException(file, 0, null, "cannot be read (permission denied)");
        } catch (IOException e) {
            throw new InvalidDataException(file, 0, null, "cannot read: " + e.getMessage());
        }
    }

    private static RowMapper mapper(DataFormat format) {
        return switch (format) {
            case CSV -> ColumnMapper.stance4j();
            case SEMEVAL2016 -> ColumnMapper.semeval2016();
            case VAST -> ColumnMapper.vast();
            case EMERGENT -> ColumnMapper.emergent();
        };
    }

    /** SemEval-2016 is tab-separated without quoting (tweets contain bare quotes); the others are RFC 4180 CSV. */
    static CSVFormat tableFormat(DataFormat format) {
        CSVFormat base = format == DataFormat.SEMEVAL2016
                ? CSVFormat.Builder.create().setDelimiter('\t').setQuote(null).setRecordSeparator("\r\n").get()
                : CSVFormat.RFC4180;
        return base.builder().setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(false).get();
    }
}
