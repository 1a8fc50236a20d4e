package org.stance4j.datasets;

import java.util.List;

/** Statements divided into a part to learn from and a part to test on. */
public record Split(List<LabeledStatement> train, List<LabeledStatement> test) {
    public Split {
        train = List.copyOf(train);
        test = List.copyOf(test);
    }
}
