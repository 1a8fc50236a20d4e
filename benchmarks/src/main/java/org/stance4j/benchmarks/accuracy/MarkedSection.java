package org.stance4j.benchmarks.accuracy;

import org.stance4j.model.bundle.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Replaces a generated part of a Markdown document, between two marker lines, keeping the rest. */
public final class MarkedSection {
    private MarkedSection() {
    }

    public static void replace(Path file, String begin, String end, String content) throws IOException {
        String doc = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        int from = doc.indexOf(begin);
        int to = doc.indexOf(end);
        String section = begin + "\n" + content + (content.endsWith("\n") ? "" : "\n") + end;
        String updated = from >= 0 && to > from
                ? doc.substring(0, from) + section + doc.substring(to + end.length())
                : doc + (doc.isEmpty() || doc.endsWith("\n") ? "" : "\n") + "\n" + section + "\n";
        AtomicFile.write(file, updated.getBytes(StandardCharsets.UTF_8));
    }
}
