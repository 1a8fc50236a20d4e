package org.stance4j.nd4j;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeBackendTest {
    @Test
    void loadsALinuxX8664BuildMatchingTheCpu() {
        NativeBackend.select();
        assertEquals(4.0, Nd4j.createFromArray(1f, 3f).sumNumber().doubleValue());
        String build = NativeBackend.loadedBuild();
        assertTrue(build.startsWith("linux-x86_64"), build);
        if (!NativeBackend.cpuHasAvx2()) {
            assertEquals("linux-x86_64", build, "a CPU without AVX2 must get the generic build");
        }
    }
}
