package org.stance4j.datasets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.stance4j.model.InvalidDataException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import org.stance4j.model.bundle.Sha256;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a delimited text file with a header row, one record at a time, turning every parse
 * failure into an {@link InvalidDataException} that names the file and the line the record starts
 * on. Also hashes the bytes it reads (SHA-256), so a dataset knows exactly which file it came from.
 */
final class TableReader implements AutoCloseable {
    private final String file;
    private final DigestInputStream digest;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns;
    private final List<String> header;

    /** One data record: its first line, its values, and the header's column positions. */
    record Row(long line, List<String> values, Map<String, Integer> columns) {
        /** The value of a column (lower-case name), or null when the file has no such column. */
        String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= values.size() ? null : values.get(i);
        }
    }

    private TableReader(String file, InputStream in, Charset charset, CSVFormat format, int maxFieldChars)
            throws InvalidDataException {
        this.file = file;
        this.digest = new DigestInputStream(in, Sha256.newDigest());
        CheckedTextReader reader = new CheckedTextReader(digest, charset, file, maxFieldChars);
        try {
            this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException e) {
            throw problem(e, 1);
        }
        this.records = parser.iterator();
        CSVRecord first = nextRecord(1);
        if (first == null) {
            throw new InvalidDataException(file, 0, null, "the file is empty (expected a header row)");
        }
        this.header = first.toList();
        this.columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new InvalidDataException(file, 1, header.get(i).strip(), "the header names this column twice");
            }
        }
    }

    static TableReader open(String file, InputStream in, Charset charset, CSVFormat format, int maxFieldChars)
            throws InvalidDataException {
        return new TableReader(file, in, charset, format, maxFieldChars);
    }

    String file() {
        return file;
    }

    /** Lower-case column names in header order. */
    List<String> columnNames() {
        return new ArrayList<>(columns.keySet());
    }

    /** The header as written. */
    List<String> header() {
        return header;
    }

    boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    /** The next non-blank record, or null at the end of the file. */
    Row next() throws InvalidDataException {
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record = nextRecord(line);
            if (record == null) {
                return null;
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            return new Row(line, record.toList(), columns);
        }
    }

    /** Hex SHA-256 of every byte of the file; reads what is left unread first. */
    String sha256() throws InvalidDataException {
        try {
            byte[] rest = new byte[1 << 16];
            while (digest.read(rest) >= 0) {
                // draining so that the digest covers the whole file
            }
        } catch (IOException e) {
            throw new InvalidDataException(file, 0, null, "cannot read: " + e.getMessage());
        }
        return HexFormat.of().formatHex(digest.getMessageDigest().digest());
    }

    private CSVRecord nextRecord(long line) throws InvalidDataException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw problem(e, line);
        }
    }

    private InvalidDataException problem(Exception e, long line) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CheckedTextReader.InvalidTextException text) {
                return text.problem();
            }
        }
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("eof reached before encapsulated token finished")) {
            return new InvalidDataException(file, line, null,
                    "a quoted field starting on this line is never closed (unbalanced quote)");
        }
        if (lower.contains("invalid char") && lower.contains("between encapsulated token and delimiter")) {
            return new InvalidDataException(file, line, null,
                    "unexpected character after a closing quote (a quote inside a field must be doubled: \"\")");
        }
        return new InvalidDataException(file, line, null, "cannot parse: " + message);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // reading is over; a failure to close a read-only file changes nothing
        }
    }
}
