package org.stance4j.encoder.runners;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's resident and peak resident memory, from /proc (Linux only). */
final class ProcessMemory {
    private ProcessMemory() {
    }

    /** "RSS 1234 MB (peak 2345 MB)", or "RSS unknown". */
    static String describe() {
        try {
            long rss = -1;
            long peak = -1;
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kilobytes(line);
                } else if (line.startsWith("VmHWM:")) {
                    peak = kilobytes(line);
                }
            }
            return "RSS " + rss / 1024 + " MB (peak " + peak / 1024 + " MB)";
        } catch (IOException | RuntimeException e) {
            return "RSS unknown";
        }
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
