package org.stance4j.model.network;

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

import java.nio.FloatBuffer;

/**
 * The computation of an {@link EmbeddingBag}: out[r] = sum_j m[r,j] W[x[r,j]] / n(sum_j m[r,j]), with n
 * the identity (mean) or the square root, as configured.
 * Rows are read straight from the weight buffer; the backward pass writes only the rows that
 * occurred. A row whose mask sums to 0 gives a zero vector.
 */
final class EmbeddingBagLayer extends BaseLayer<EmbeddingBag> {
    private static final long serialVersionUID = 1L;

    EmbeddingBagLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    /** The mask belongs to this layer's input; the pooled output needs none. */
    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArray(INDArray mask, MaskState state, int minibatchSize) {
        this.maskArray = mask;
        return new Pair<>(null, null);
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        int rows = (int) input.size(0);
        int length = (int) input.size(1);
        int width = (int) layerConf().getNOut();
        float[] indices = contiguous(input);
        float[] weights = maskArray == null ? null : contiguous(maskArray);
        int buckets = (int) layerConf().getNIn();
        INDArray table = getParam(EmbeddingBagParams.WEIGHTS);
        FloatBuffer w = table.data().asNioFloat();
        int tableOffset = (int) table.offset();
        float[] out = new float[rows * width];
        float[] row = new float[width];
        for (int r = 0; r < rows; r++) {
            float total = 0;
            int outBase = r * width;
            for (int j = 0; j < length; j++) {
                int p = r * length + j;
                float m = weights == null ? 1f : weights[p];
                if (m == 0f) {
                    continue;
                }
                int id = checkedIndex(indices[p], buckets);
                total += m;
                // one bulk copy per row, then a loop the JIT vectorises
                w.get(tableOffset + id * width, row, 0, width);
                for (int k = 0; k < width; k++) {
                    out[outBase + k] += m * row[k];
                }
            }
            if (total > 0) {
                float scale = 1f / norm(total);
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
        float[] indices = contiguous(input);
        float[] weights = maskArray == null ? null : contiguous(maskArray);
        float[] eps = contiguous(epsilon);
        INDArray gradient = gradientViews.get(EmbeddingBagParams.WEIGHTS);
        gradient.assign(0);
        FloatBuffer g = gradient.data().asNioFloat();
        int gradientOffset = (int) gradient.offset();
        float[] row = new float[width];
        for (int r = 0; r < rows; r++) {
            float total = 0;
            for (int j = 0; j < length; j++) {
                total += weights == null ? 1f : weights[r * length + j];
            }
            if (total == 0) {
                continue;
            }
            for (int j = 0; j < length; j++) {
                int p = r * length + j;
                float m = (weights == null ? 1f : weights[p]) / norm(total);
                if (m == 0f) {
                    continue;
                }
                int rowBase = gradientOffset + (int) indices[p] * width;
                g.get(rowBase, row, 0, width);
                for (int k = 0; k < width; k++) {
                    row[k] += m * eps[r * width + k];
                }
                g.put(rowBase, row, 0, width);
            }
        }
        Gradient result = new DefaultGradient();
        result.gradientForVariable().put(EmbeddingBagParams.WEIGHTS, gradient);
        return new Pair<>(result, null);
    }

    private float norm(float totalWeight) {
        return layerConf().getScaling() == EmbeddingBag.Scaling.SQRT ? (float) Math.sqrt(totalWeight) : totalWeight;
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

    private static float[] contiguous(INDArray array) {
        INDArray a = array.dataType() == DataType.FLOAT ? array : array.castTo(DataType.FLOAT);
        if (a.ordering() != 'c' || a.isView() || a.offset() != 0 || a.data().length() != a.length()) {
            a = a.dup('c');
        }
        return a.data().asFloat();
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
