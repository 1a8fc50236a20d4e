/**
 * Internal: ND4J's native code for the modules that compute with it (the n-gram trainer, the
 * encoder). The build resolves one native build by default (x86-64 Linux, generic and oneDNN/AVX2),
 * or another platform's with {@code -Djavacpp.platform=PLATFORM}, or all with {@code =all};
 * {@link org.stance4j.nd4j.NativeBackend} picks between the builds at start-up. The inference
 * library never depends on this module.
 */
package org.stance4j.nd4j;
