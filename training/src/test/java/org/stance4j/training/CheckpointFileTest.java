package org.stance4j.training;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckpointFileTest {
    @TempDir
    Path dir;

    @Test
    void theSameStateGivesTheSameBytesAndResumesAsSaved() throws IOException {
        TrainingState state = new TrainingState("f".repeat(64), 2,
                List.of(new EpochResult(1, 0.9, 0.5, 1.5), new EpochResult(2, 0.7, 0.6, 1.25)), 2, 0.6,
                Nd4j.createFromArray(new float[][] {{1, 2, 3}}), Nd4j.createFromArray(new float[][] {{4, 5, 6}}),
                Nd4j.createFromArray(new float[][] {{0.5f, 0.25f, 0, 0, 0, 0.125f}}), 17);
        Path first = dir.resolve("a.zip.checkpoint");
        Path second = dir.resolve("b.zip.checkpoint");
        new CheckpointFile(first, true).save(state);
        new CheckpointFile(second, true).save(state);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        try (ZipFile zip = new ZipFile(first.toFile())) {
            List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            assertEquals(List.of("state.json", "parameters.bin", "best-parameters.bin", "updater.bin"), names);
            Collections.list(zip.entries()).forEach(e -> assertEquals(0L, e.getTime(), e.getName() + ": a fixed time, not the clock's"));
        }
        TrainingState resumed = new CheckpointFile(first, true).resume().orElseThrow();
        assertEquals(state.fingerprint(), resumed.fingerprint());
        assertEquals(state.history(), resumed.history());
        assertEquals(state.iterations(), resumed.iterations());
        assertEquals(state.parameters(), resumed.parameters());
        assertEquals(state.bestParameters(), resumed.bestParameters());
        assertEquals(state.updaterState(), resumed.updaterState());
    }
}
