package org.stance4j.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;

import java.util.List;

/**
 * The five columns that scoring adds, in order: the stance as its label ({@code supportive},
 * {@code condemning}, {@code neutral}, as {@code predict} writes it), the probability of each
 * stance, and the reason a row was not scored (null when it was). Every name gets the prefix.
 */
final class OutputColumns {
    static final List<String> NAMES = List.of("stance", "p_supportive", "p_condemning", "p_neutral", "stance_error");
    static final int COUNT = NAMES.size();

    private OutputColumns() {
    }

    static List<String> names(String prefix) {
        return NAMES.stream().map(n -> prefix + n).toList();
    }

    static StructType appendTo(StructType input, String prefix) {
        List<String> names = names(prefix);
        StructType out = input;
        out = out.add(new StructField(names.get(0), DataTypes.StringType, true, org.apache.spark.sql.types.Metadata.empty()));
        for (int i = 1; i <= 3; i++) {
            out = out.add(new StructField(names.get(i), DataTypes.DoubleType, true, org.apache.spark.sql.types.Metadata.empty()));
        }
        return out.add(new StructField(names.get(4), DataTypes.StringType, true, org.apache.spark.sql.types.Metadata.empty()));
    }

    /** Writes a prediction into the last five slots of {@code values}. */
    static void put(Object[] values, Prediction p) {
        int at = values.length - COUNT;
        values[at] = p.stance().label();
        values[at + 1] = p.probability(Stance.SUPPORTIVE);
        values[at + 2] = p.probability(Stance.CONDEMNING);
        values[at + 3] = p.probability(Stance.NEUTRAL);
        values[at + 4] = null;
    }

    /** Leaves the prediction empty and says why. */
    static void putError(Object[] values, String error) {
        int at = values.length - COUNT;
        values[at + 4] = error;
    }
}
