package org.stance4j.model.kind;

import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.Stance;
import org.stance4j.model.bundle.Manifest;
import org.stance4j.model.features.Featurizer;
import org.stance4j.model.network.CompiledNetwork;
import org.stance4j.model.network.NetworkLayout;
import org.stance4j.model.network.StanceScorer;
import org.stance4j.model.text.TextPipeline;
import org.stance4j.model.text.TextSettings;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The hashed n-gram network: CoreNLP tokens, hashed n-gram bags, and the network that
 * {@link CompiledNetwork} computes in plain Java. Since format 3.0 its weights are one entry, the
 * vector of {@link NetworkLayout} with its embedding tables row-sparse ({@link NgramWeightsFile});
 * bundles of formats 1 and 2 hold the same vector as DL4J wrote it ({@code Nd4j.write}: two headers, then big-endian floats), read here
 * without ND4J, beside a DL4J configuration that the manifest's settings make redundant.
 */
public final class NgramKind implements ModelKind {
    public static final String NAME = "ngram";
    /** The weights, from format 3.0 on. */
    public static final String PARAMETERS = "ngram/parameters.bin";
    static final String LEGACY_CONFIGURATION = "network/configuration.json";
    static final String LEGACY_COEFFICIENTS = "network/coefficients.bin";
    private static final long MAX_LEGACY_CONFIGURATION_BYTES = 16 << 20;
    /** Nd4j.write's two headers around the shape: well under this. */
    private static final long LEGACY_HEADER_BYTES = 256;

    @Override
    public String name() {
        return NAME;
    }

    /** The weights entry's bytes for the flat weight vector of the network that the manifest describes. */
    public static byte[] encode(float[] parameters, Manifest manifest) {
        NetworkLayout layout = layout(manifest);
        if (parameters.length != layout.parameterCount()) {
            throw new IllegalArgumentException(parameters.length + " weights for a network of " + layout.parameterCount());
        }
        return NgramWeightsFile.encode(parameters, layout);
    }

    /**
     * CoreNLP's tokeniser takes about a quarter of a second to load its classes and tables: start
     * that on another thread while the weights inflate and their SHA-256 is checked.
     */
    @Override
    public void prepare(Manifest manifest) {
        TextSettings text = manifest.text();
        if (text == null) {
            return;
        }
        Thread warm = new Thread(() -> {
            try {
                new TextPipeline(text).tokenizeAll(List.of("warm up"));
            } catch (RuntimeException ignored) {
                // an unusable setting fails again, with its message, when open() builds the pipeline
            }
        }, "stance4j-tokenizer-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    @Override
    public long maxEntryBytes(String entry, Manifest manifest) {
        long weights = settingsComplete(manifest) ? layout(manifest).parameterCount() * Float.BYTES : 0;
        if (Manifest.majorVersion(manifest.formatVersion()) >= 3) {
            // the sparse form is never larger than the dense one and a bit a weight
            return PARAMETERS.equals(entry) ? weights + weights / Float.BYTES / 8 + 8 : -1;
        }
        return switch (entry) {
            case LEGACY_CONFIGURATION -> MAX_LEGACY_CONFIGURATION_BYTES;
            case LEGACY_COEFFICIENTS -> weights + LEGACY_HEADER_BYTES;
            default -> -1;
        };
    }

    @Override
    public Scorer open(Manifest manifest, Map<String, byte[]> entries, String source) throws InvalidBundleException {
        if (!settingsComplete(manifest)) {
            throw new InvalidBundleException(source + ": the manifest lacks text, features, network or labelWeights");
        }
        int outputs = manifest.labels().size();
        if (manifest.labelWeights().size() != outputs) {
            throw new InvalidBundleException(source + ": " + outputs + " labels but "
                    + manifest.labelWeights().size() + " label weights");
        }
        boolean legacy = Manifest.majorVersion(manifest.formatVersion()) < 3;
        String entry = legacy ? LEGACY_COEFFICIENTS : PARAMETERS;
        byte[] bytes = entries.get(entry);
        if (bytes == null) {
            throw new InvalidBundleException(source + ": the entry '" + entry + "' is missing");
        }
        long expected = layout(manifest).parameterCount();
        float[] parameters = legacy ? legacyParameters(bytes, expected, manifest, source)
                : NgramWeightsFile.decode(bytes, layout(manifest), source);
        List<Stance> order = manifest.labels().stream().map(l -> Stance.fromLabel(l).orElseThrow()).toList();
        CompiledNetwork network = CompiledNetwork.of(parameters, manifest.features(), manifest.network(), outputs);
        return new StanceScorer(new Featurizer(new TextPipeline(manifest.text()), manifest.features()), network, order);
    }

    private static boolean settingsComplete(Manifest m) {
        return m.text() != null && m.features() != null && m.network() != null && m.labelWeights() != null && m.labels() != null;
    }

    private static NetworkLayout layout(Manifest m) {
        return new NetworkLayout(m.features(), m.network(), m.labels().size());
    }

    /**
     * Nd4j.write's layout: the shape buffer (allocation-mode name, length, data type, the longs),
     * then the data buffer (allocation-mode name, length, data type, the big-endian floats).
     */
    private static float[] legacyParameters(byte[] bytes, long expected, Manifest manifest, String source)
            throws InvalidBundleException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            in.readUTF();
            long shapeLength = in.readLong();
            String shapeType = in.readUTF();
            if (shapeLength < 1 || shapeLength > 64 || !"LONG".equals(shapeType)) {
                throw new InvalidBundleException(source + ": the weights entry has an unexpected header");
            }
            in.skipNBytes(shapeLength * 8);
            in.readUTF();
            long length = in.readLong();
            String dataType = in.readUTF();
            if (!"FLOAT".equals(dataType)) {
                throw new InvalidBundleException(source + ": the weights are " + dataType + ", expected FLOAT");
            }
            if (length != expected) {
                throw new InvalidBundleException(source + ": " + describeMismatch(length, expected, manifest));
            }
            if (in.available() != length * 4) {
                throw new InvalidBundleException(source + ": the weights entry holds " + in.available()
                        + " bytes of weights, expected " + length * 4);
            }
            float[] parameters = new float[(int) length];
            for (int i = 0; i < parameters.length; i++) {
                parameters[i] = in.readFloat();
            }
            return parameters;
        } catch (IOException e) {
            throw new InvalidBundleException(source + ": the weights entry is damaged (" + e.getMessage() + ")", e);
        }
    }

    /** Says whether the labels, rather than the other settings, disagree with the network. */
    private static String describeMismatch(long actual, long expected, Manifest manifest) {
        int outputs = manifest.labels().size();
        for (int k = 1; k <= 8; k++) {
            if (k != outputs && new NetworkLayout(manifest.features(), manifest.network(), k).parameterCount() == actual) {
                return "the network has " + k + " outputs but the manifest lists " + outputs + " labels";
            }
        }
        return "the network has " + actual + " weights but the manifest describes " + expected
                + " (its settings do not match the network)";
    }
}
