package org.stance4j.encoder;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.Stance;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A saved model's entries read and checked, as plain float arrays: the manifest, the base it names,
 * and every weight, the word embeddings restored from the base when the entries leave them out. Both
 * scorers start from here; nothing here touches ND4J.
 *
 * @param weights every parameter of {@link EncoderParameters#shapes}, in its shape
 */
record StoredEncoder(EncoderManifest manifest, BaseEncoder base, Map<String, NamedTensor> weights) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads what {@link EncoderModel#entries} wrote. */
    static StoredEncoder read(Map<String, byte[]> entries) throws InvalidBundleException {
        EncoderManifest manifest = manifest(entries);
        BaseEncoder base = BaseEncoder.find(manifest);
        byte[] weightsBytes = entries.get(EncoderModel.WEIGHTS_ENTRY);
        if (weightsBytes == null) {
            throw new InvalidBundleException("the encoder entry " + EncoderModel.WEIGHTS_ENTRY + " is missing");
        }
        Map<String, NamedTensor> stored = TensorFile.read(weightsBytes, EncoderModel.WEIGHTS_ENTRY);
        Map<String, long[]> shapes = EncoderParameters.shapes(manifest.config(), labelNames().size());
        NamedTensor wordEmbeddings;
        if (manifest.wordEmbeddingsIncluded()) {
            wordEmbeddings = shaped(stored, EncoderParameters.WORD_EMBEDDINGS, shapes.get(EncoderParameters.WORD_EMBEDDINGS));
        } else {
            wordEmbeddings = base.wordEmbeddings();
            String actual = EncoderTensors.sha256(wordEmbeddings.values());
            if (!actual.equals(manifest.wordEmbeddingsSha256())) {
                throw new InvalidWeightsException("the word embeddings of the base " + base.name()
                        + " are not those the model was trained with (SHA-256 " + actual + ", expected "
                        + manifest.wordEmbeddingsSha256() + ")");
            }
        }
        Map<String, NamedTensor> weights = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> p : shapes.entrySet()) {
            weights.put(p.getKey(), p.getKey().equals(EncoderParameters.WORD_EMBEDDINGS) ? wordEmbeddings
                    : shaped(stored, p.getKey(), p.getValue()));
        }
        for (String name : stored.keySet()) {
            if (!shapes.containsKey(name)) {
                throw new InvalidWeightsException(EncoderModel.WEIGHTS_ENTRY + ": unexpected tensor " + name);
            }
        }
        return new StoredEncoder(manifest, base, weights);
    }

    /** The manifest of the entries, checked: format, version, config, settings and labels. */
    static EncoderManifest manifest(Map<String, byte[]> entries) throws InvalidBundleException {
        byte[] json = entries.get(EncoderModel.MANIFEST_ENTRY);
        if (json == null) {
            throw new InvalidBundleException("the encoder entry " + EncoderModel.MANIFEST_ENTRY + " is missing");
        }
        EncoderManifest manifest;
        try {
            manifest = JSON.readValue(json, EncoderManifest.class);
        } catch (IOException e) {
            throw new InvalidBundleException(EncoderModel.MANIFEST_ENTRY + " is not valid: " + e.getMessage(), e);
        }
        if (manifest == null || !EncoderManifest.FORMAT.equals(manifest.format())) {
            throw new InvalidBundleException(EncoderModel.MANIFEST_ENTRY + " is not a stance4j encoder manifest");
        }
        if (manifest.formatVersion() != EncoderManifest.VERSION) {
            throw new InvalidBundleException(EncoderModel.MANIFEST_ENTRY + ": encoder format " + manifest.formatVersion()
                    + " is not supported; this version reads " + EncoderManifest.VERSION);
        }
        if (manifest.config() == null || manifest.settings() == null || !labelNames().equals(manifest.labels())) {
            throw new InvalidBundleException(EncoderModel.MANIFEST_ENTRY + " lacks the config or settings, or has other "
                    + "labels than " + labelNames() + ": " + manifest.labels());
        }
        return manifest;
    }

    static List<String> labelNames() {
        return Arrays.stream(Stance.values()).map(Stance::label).toList();
    }

    private static NamedTensor shaped(Map<String, NamedTensor> stored, String name, long[] shape)
            throws InvalidWeightsException {
        NamedTensor t = stored.get(name);
        if (t == null) {
            throw new InvalidWeightsException(EncoderModel.WEIGHTS_ENTRY + ": the tensor " + name + " is missing");
        }
        if (!Arrays.equals(t.shape(), shape)) {
            throw new InvalidWeightsException(EncoderModel.WEIGHTS_ENTRY + ": " + name + " has shape "
                    + Arrays.toString(t.shape()) + ", the manifest's config needs " + Arrays.toString(shape));
        }
        return t;
    }
}
