package org.stance4j.inference;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JitCheckTest {
    /** Prints what {@link JitCheck} finds in the JVM it runs in. */
    public static final class Probe {
        public static void main(String[] args) {
            System.out.print(JitCheck.hugeMethodsLeftInterpreted());
        }
    }

    @Test
    void tellsAJvmWithTheFlagFromOneWithout() throws Exception {
        assertEquals("true", probe(List.of()), "the default leaves huge methods interpreted");
        assertEquals("false", probe(List.of("-XX:-" + JitCheck.FLAG)));
    }

    @Test
    void onlyTheKindThatTokenisesWithCoreNlpNeedsTheFlag() {
        assertTrue(JitCheck.matters("ngram"));
        assertFalse(JitCheck.matters("encoder"));
    }

    private static String probe(List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Probe.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), out);
        return out;
    }
}
