package org.stance4j.encoder;

import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.Stance;

import java.util.ArrayList;
import java.util.List;

/** A tiny random encoder and a small dataset it can learn, for fast tests of training and saving. */
final class TinyEncoders {
    static final BaseEncoder BASE = BaseEncoder.random(EncoderConfig.tiny(), 11);

    private TinyEncoders() {
    }

    static EncoderSettings settings(long seed, int epochs) {
        return new EncoderSettings(32, List.of(16, 32), 12, 5e-3, 3e-2, 0.1, 0.01, 1.0, epochs, 0.1, Pooling.MEAN,
                false, 0, true, seed);
    }

    /** 36 statements whose stance a word tells: "great" supportive, "awful" condemning, "tuesday" neutral. */
    static List<LabeledStatement> examples() {
        String[] events = {"the city raises bus fares", "the court upholds the protest ban", "parliament passes the budget"};
        String[][] words = {{"great", "wonderful", "excellent", "brilliant"}, {"awful", "terrible", "disgraceful", "shameful"},
                {"on tuesday", "at noon", "next week", "in march"}};
        Stance[] stances = {Stance.SUPPORTIVE, Stance.CONDEMNING, Stance.NEUTRAL};
        List<LabeledStatement> out = new ArrayList<>();
        int id = 0;
        for (String event : events) {
            for (int s = 0; s < 3; s++) {
                for (String w : words[s]) {
                    String text = s == 2 ? "it was announced " + w : "this is " + w + ", truly " + w;
                    out.add(new LabeledStatement(Integer.toString(id++), event, id % 5 == 0 ? text + " " + text : text,
                            stances[s]));
                }
            }
        }
        return out;
    }
}
