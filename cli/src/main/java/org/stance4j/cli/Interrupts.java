package org.stance4j.cli;

import sun.misc.Signal;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns the first Ctrl-C into a polite request to stop (training then keeps the best model so far
 * and saves it); a second Ctrl-C ends the process at once.
 */
final class Interrupts {
    private final AtomicBoolean requested = new AtomicBoolean();

    private Interrupts() {
    }

    static Interrupts install() {
        Interrupts interrupts = new Interrupts();
        try {
            Signal.handle(new Signal("INT"), signal -> {
                if (!interrupts.requested.compareAndSet(false, true)) {
                    System.exit(130);
                }
                System.err.println();
                System.err.println("stopping after this batch; keeping the best model so far (Ctrl-C again to quit now)");
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGINT on this platform: Ctrl-C ends the process the usual way
        }
        return interrupts;
    }

    boolean requested() {
        return requested.get();
    }
}
