package org.stance4j.model.bundle;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ZipEntriesTest {
    private static final Map<String, byte[]> ENTRIES = new LinkedHashMap<>();

    static {
        ENTRIES.put("state.json", "{\"epoch\":3}".getBytes(StandardCharsets.UTF_8));
        ENTRIES.put("a/weights.bin", new byte[] {1, 2, 3, 0, -1});
        ENTRIES.put("empty", new byte[0]);
    }

    @Test
    void writesEveryEntryInTheMapsOrder() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zip(ENTRIES)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertArrayEquals(ENTRIES.get(e.getName()), zip.readAllBytes(), e.getName());
            }
        }
        assertEquals(List.copyOf(ENTRIES.keySet()), names);
    }

    @Test
    void theSameContentGivesTheSameBytesWhateverTheClock() throws IOException {
        byte[] first = zip(ENTRIES);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(0L, e.getTime(), e.getName() + " has the fixed time, not the clock's");
            }
        }
        assertArrayEquals(first, zip(new LinkedHashMap<>(ENTRIES)));
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipEntries.write(out, entries);
        return out.toByteArray();
    }
}
