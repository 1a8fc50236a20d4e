package org.stance4j.training.network;

import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.stance4j.model.features.FeatureBatch;

import java.nio.FloatBuffer;

/**
 * The computation of an {@link EmbeddingBag}: out[r] = sum_j W[x[r,j]] / n(count of r's indices),
 * with n the identity (mean) or the square root, as configured. Indices equal to
 * {@link FeatureBatch#PADDING} are skipped; a row of padding alone gives a zero vector. Indices and
 * weights are read in place from ND4J's buffers; the backward pass writes only the rows that occur.
 * Prediction does not come here: {@link CompiledNetwork} computes the same pooling from a heap copy.
 */
final class EmbeddingBagLayer extends BaseLayer<EmbeddingBag> {
    private static final long serialVersionUID = 1L;

    EmbeddingBagLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    /** The bags mark their own padding; no mask flows on. */
    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArray(INDArray mask, MaskState state, int minibatchSize) {
        return new Pair<>(null, null);
    }

    /** The layer's weights as a new row-major heap array. */
    float[] weightsCopy() {
        return getParam(EmbeddingBagParams.WEIGHTS).dup('c').data().asFloat();
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        int rows = (int) input.size(0);
        int length = (int) input.size(1);
        int width = (int) layerConf().getNOut();
        int buckets = (int) layerConf().getNIn();
        FloatBuffer indices = view(input);
        float[] out = new float[rows * width];
        INDArray table = getParam(EmbeddingBagParams.WEIGHTS);
        FloatBuffer w = table.data().asNioFloat();
        int tableOffset = (int) table.offset();
        for (int r = 0; r < rows; r++) {
            int count = 0;
            int outBase = r * width;
            for (int j = 0; j < length; j++) {
                float value = indices.get(r * length + j);
                if (value == FeatureBatch.PADDING) {
                    continue;
                }
                int rowBase = checkedIndex(value, buckets) * width;
                for (int k = 0; k < width; k++) {
                    out[outBase + k] += w.get(tableOffset + rowBase + k);
                }
                count++;
            }
            if (count > 0) {
                float scale = 1f / norm(count);
                for (int k = 0; k < width; k++) {
                    out[outBase + k] *= scale;
                }
            }
        }
        INDArray result = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType, new long[] {rows, width}, 'c');
        result.data().asNioFloat().put(out, 0, out.length);
        return result;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        int rows = (int) input.size(0);
        int length = (int) input.size(1);
        int width = (int) layerConf().getNOut();
        FloatBuffer indices = view(input);
        FloatBuffer eps = view(epsilon);
        INDArray gradient = gradientViews.get(EmbeddingBagParams.WEIGHTS);
        gradient.assign(0);
        FloatBuffer g = gradient.data().asNioFloat();
        int gradientOffset = (int) gradient.offset();
        for (int r = 0; r < rows; r++) {
            int count = 0;
            for (int j = 0; j < length; j++) {
                count += indices.get(r * length + j) == FeatureBatch.PADDING ? 0 : 1;
            }
            if (count == 0) {
                continue;
            }
            float scale = 1f / norm(count);
            for (int j = 0; j < length; j++) {
                float value = indices.get(r * length + j);
                if (value == FeatureBatch.PADDING) {
                    continue;
                }
                int rowBase = gradientOffset + (int) value * width;
                for (int k = 0; k < width; k++) {
                    g.put(rowBase + k, g.get(rowBase + k) + scale * eps.get(r * width + k));
                }
            }
        }
        Gradient result = new DefaultGradient();
        result.gradientForVariable().put(EmbeddingBagParams.WEIGHTS, gradient);
        return new Pair<>(result, null);
    }

    private float norm(int count) {
        return layerConf().getScaling() == EmbeddingBag.Scaling.SQRT ? (float) Math.sqrt(count) : count;
    }

    @Override
    public boolean isPretrainLayer() {
        return false;
    }

    @Override
    public boolean hasBias() {
        return false;
    }

    @Override
    public Type type() {
        return Type.FEED_FORWARD;
    }

    /** A row-major float view of the array's elements, in place when possible. */
    private static FloatBuffer view(INDArray array) {
        INDArray a = array.dataType() == DataType.FLOAT ? array : array.castTo(DataType.FLOAT);
        if (a.ordering() != 'c' || !Shape.hasDefaultStridesForShape(a) || a.length() > Integer.MAX_VALUE) {
            a = a.dup('c');
        }
        FloatBuffer whole = a.data().asNioFloat();
        whole.position((int) a.offset());
        return whole.slice();
    }

    private int checkedIndex(float value, int buckets) {
        int id = (int) value;
        if (id < 0 || id >= buckets || id != value) {
            throw new IllegalArgumentException("embedding-bag index " + value + " outside 0.." + (buckets - 1)
                    + " in layer " + layerId());
        }
        return id;
    }
}
