package org.stance4j.model.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes named byte arrays as the entries of one zip. Every entry gets the same fixed time instead
 * of the clock's, so the same content gives the same bytes: a rebuilt model or checkpoint can be
 * compared with its SHA-256 alone.
 */
public final class ZipEntries {
    private ZipEntries() {
    }

    /**
     * Writes {@code entries} (name to content) in their iteration order, finishes the zip and closes
     * {@code out}, as a {@link ZipOutputStream} does.
     */
    public static void write(OutputStream out, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(0L);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }
}
