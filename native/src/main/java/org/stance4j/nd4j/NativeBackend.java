package org.stance4j.nd4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses ND4J's native build before ND4J starts. stance4j ships two x86-64 Linux builds: oneDNN with
 * AVX2 (more than twice as fast for these networks) and a generic one. JavaCPP picks the oneDNN AVX2
 * build whenever it is on the class path, which would crash on a CPU without AVX2, so on such a CPU
 * the generic build is requested instead. A user's own {@code -Dorg.bytedeco.javacpp.platform.extension}
 * always wins.
 */
public final class NativeBackend {
    static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
    private static final Pattern BUILD = Pattern.compile("nd4j-native-[^/]*?-(linux-x86_64[^/]*?)\\.jar");
    private static volatile boolean selected;

    private NativeBackend() {
    }

    /** Idempotent; call before the first use of ND4J. */
    public static void select() {
        if (selected) {
            return;
        }
        synchronized (NativeBackend.class) {
            if (!selected) {
                if (System.getProperty(EXTENSION_PROPERTY) == null && !cpuHasAvx2()) {
                    System.setProperty(EXTENSION_PROPERTY, "");
                }
                selected = true;
            }
        }
    }

    /** Whether /proc/cpuinfo lists AVX2; true where it cannot be read, as then only JavaCPP's choice applies. */
    static boolean cpuHasAvx2() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return true;
        }
        try (var lines = Files.lines(cpuinfo)) {
            return lines.filter(l -> l.startsWith("flags")).findFirst()
                    .map(l -> (" " + l.substring(l.indexOf(':') + 1) + " ").contains(" avx2 "))
                    .orElse(true);
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** The native build that JavaCPP loaded, e.g. {@code linux-x86_64-onednn-avx2}, or "unknown". */
    public static String loadedBuild() {
        Map<String, String> loaded = org.bytedeco.javacpp.Loader.getLoadedLibraries();
        for (String path : loaded.values()) {
            if (path == null) {
                continue;
            }
            Matcher m = BUILD.matcher(path);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "unknown";
    }
}
