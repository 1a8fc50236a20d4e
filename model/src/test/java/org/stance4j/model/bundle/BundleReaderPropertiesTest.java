package org.stance4j.model.bundle;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.testing.TestBundles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whatever bytes a bundle holds, reading it gives a model or an InvalidBundleException, nothing else. */
class BundleReaderPropertiesTest {
    private static byte[] valid;

    private static synchronized byte[] valid() throws IOException {
        if (valid == null) {
            Path file = Files.createTempFile("bundle", ".zip");
            TestBundles.write(file, 3);
            valid = Files.readAllBytes(file);
            Files.delete(file);
        }
        return valid;
    }

    @Property(tries = 300)
    void randomBytesAreRefusedCleanly(@ForAll @Size(max = 2000) byte[] bytes) {
        try {
            BundleReader.read(bytes, "random.zip");
        } catch (InvalidBundleException expected) {
            // the documented outcome
        }
    }

    @Property(tries = 300)
    void aDamagedBundleIsRefusedCleanly(@ForAll @IntRange(min = 0, max = 100_000) int position, @ForAll byte value,
                                        @ForAll @IntRange(min = 1, max = 4) int length) throws IOException {
        byte[] damaged = valid().clone();
        int at = position % damaged.length;
        for (int i = at; i < Math.min(damaged.length, at + length); i++) {
            damaged[i] ^= value == 0 ? 1 : value;
        }
        try {
            BundleReader.read(damaged, "damaged.zip");
        } catch (InvalidBundleException expected) {
            // the documented outcome
        }
    }
}
