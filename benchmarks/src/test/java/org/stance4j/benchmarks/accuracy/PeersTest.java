package org.stance4j.benchmarks.accuracy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeersTest {
    @TempDir
    Path work;

    @Test
    void aPeerThatHangsIsStoppedAtTheTimeout() {
        Peers peers = new Peers(work, Duration.ofMillis(500));
        long start = System.nanoTime();
        IOException e = assertThrows(IOException.class,
                () -> peers.execute(List.of("bash", "-c", "echo started; sleep 60"), work));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        assertTrue(seconds < 30, "stopped long before the peer would have ended, after " + seconds + " s");
    }

    @Test
    void aPeersOutputIsReadAfterItEnds() throws Exception {
        Peers peers = new Peers(work, Duration.ofSeconds(30));
        assertEquals("{\"a\":1}\n", peers.execute(List.of("bash", "-c", "sleep 0.2; echo '{\"a\":1}'"), work));
        IOException e = assertThrows(IOException.class, () -> peers.execute(List.of("bash", "-c", "exit 3"), work));
        assertTrue(e.getMessage().contains("exit 3"), e.getMessage());
    }
}
