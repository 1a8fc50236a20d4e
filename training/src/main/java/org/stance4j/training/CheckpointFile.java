package org.stance4j.training;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.stance4j.model.bundle.AtomicFile;
import org.stance4j.model.bundle.BundleJson;
import org.stance4j.model.bundle.ZipEntries;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checkpoints in one zip file next to the model ({@code MODEL.zip.checkpoint}): the training state
 * as JSON and the weights, best weights and Adam's state in ND4J's format. Replaced atomically after
 * every epoch, so a crash leaves the previous epoch's checkpoint.
 */
public final class CheckpointFile implements Checkpoints {
    private static final String STATE = "state.json";
    private static final String PARAMETERS = "parameters.bin";
    private static final String BEST = "best-parameters.bin";
    private static final String UPDATER = "updater.bin";
    private static final int VERSION = 1;

    private final Path file;
    private final boolean resume;

    /** @param resume whether to resume from the file if it exists, or start afresh and overwrite it */
    public CheckpointFile(Path file, boolean resume) {
        this.file = file;
        this.resume = resume;
    }

    /** The checkpoint file of a model file. */
    public static Path of(Path model) {
        return model.resolveSibling(model.getFileName() + ".checkpoint");
    }

    public Path path() {
        return file;
    }

    private record State(int version, String fingerprint, int epoch, List<EpochResult> history, int bestEpoch,
                         double bestDevMacroF1, int iterations) {
    }

    @Override
    public Optional<TrainingState> resume() {
        if (!resume || !Files.exists(file)) {
            return Optional.empty();
        }
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
            State state = BundleJson.mapper().readValue(required(entries, STATE), State.class);
            if (state.version() != VERSION) {
                throw new IOException("checkpoint format " + state.version() + " is not " + VERSION);
            }
            return Optional.of(new TrainingState(state.fingerprint(), state.epoch(), state.history(), state.bestEpoch(),
                    state.bestDevMacroF1(), array(required(entries, PARAMETERS)), array(required(entries, BEST)),
                    array(required(entries, UPDATER)), state.iterations()));
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException(file + ": not a usable checkpoint (" + e.getMessage() + ")", e));
        }
    }

    @Override
    public void save(TrainingState s) {
        try {
            byte[] state = BundleJson.mapper().writeValueAsBytes(new State(VERSION, s.fingerprint(), s.epoch(), s.history(),
                    s.bestEpoch(), s.bestDevMacroF1(), s.iterations()));
            byte[] parameters = bytes(s.parameters());
            byte[] best = bytes(s.bestParameters());
            byte[] updater = bytes(s.updaterState());
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put(STATE, state);
            entries.put(PARAMETERS, parameters);
            entries.put(BEST, best);
            entries.put(UPDATER, updater);
            AtomicFile.write(file, out -> ZipEntries.write(out, entries));
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write the checkpoint " + file + ": " + e.getMessage(), e));
        }
    }

    /** Removes the checkpoint once the model it leads to is saved. */
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    private static byte[] required(Map<String, byte[]> entries, String name) throws IOException {
        byte[] b = entries.get(name);
        if (b == null) {
            throw new IOException("no " + name);
        }
        return b;
    }

    private static byte[] bytes(INDArray array) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Nd4j.write(array, out);
        }
        return bytes.toByteArray();
    }

    private static INDArray array(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return Nd4j.read(in);
        }
    }
}
