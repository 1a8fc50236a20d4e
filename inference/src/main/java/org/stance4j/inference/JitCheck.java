package org.stance4j.inference;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.stance4j.model.kind.NgramKind;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Warns once per JVM when CoreNLP's tokeniser cannot be compiled. Its lexer is a single method of
 * about 10,700 bytes of bytecode; HotSpot leaves methods over 8,000 bytes interpreted unless the
 * JVM runs with {@code -XX:-DontCompileHugeMethods}, and then tokenising takes most of a prediction.
 * A library cannot set that flag for its host, so it says so instead.
 */
final class JitCheck {
    static final String FLAG = "DontCompileHugeMethods";
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private JitCheck() {
    }

    /**
     * Whether a model of this kind tokenises with CoreNLP: only the n-gram kind does (the encoder's
     * WordPiece tokeniser is small methods that HotSpot compiles by default), so only it needs the flag.
     */
    static boolean matters(String kind) {
        return NgramKind.NAME.equals(kind);
    }

    /**
     * For a model of this kind, checks on a daemon thread, once per JVM: starting the management beans
     * that read the flag takes longer than the rest of loading a model, and only a log line depends on it.
     */
    static void warnOnce(String kind) {
        if (!matters(kind) || !WARNED.compareAndSet(false, true)) {
            return;
        }
        Thread check = new Thread(() -> {
            if (hugeMethodsLeftInterpreted()) {
                System.getLogger("org.stance4j.inference").log(System.Logger.Level.WARNING,
                        "stance4j predicts at half speed or less in this JVM: run it with -XX:-" + FLAG
                                + " so that HotSpot compiles CoreNLP's tokeniser");
            }
        }, "stance4j-jit-check");
        check.setDaemon(true);
        check.start();
    }

    /** True when the running JVM is HotSpot with the flag at its default; false when unknown. */
    static boolean hugeMethodsLeftInterpreted() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hotspot != null && Boolean.parseBoolean(hotspot.getVMOption(FLAG).getValue());
        } catch (RuntimeException | LinkageError e) {
            // not HotSpot, or no management module: nothing to advise
            return false;
        }
    }
}
