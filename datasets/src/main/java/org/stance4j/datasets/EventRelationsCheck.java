package org.stance4j.datasets;

import org.stance4j.model.InvalidDataException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an event-relations record against the corpus it describes, so that the record cannot
 * drift from the data: a contrastive pair left out, or a pair called unrelated or opposite that
 * the corpus's own rows contradict, fails with the record's file and the pair's line.
 */
final class EventRelationsCheck {
    private EventRelationsCheck() {
    }

    static void check(EventRelations relations, Dataset corpus) throws InvalidDataException {
        String file = relations.origin();
        Set<String> events = corpus.eventCounts().keySet();
        Map<List<String>, List<SharedTexts.Link>> shared = SharedTexts.of(corpus);
        for (EventRelations.Recorded recorded : relations.recorded()) {
            EventPair pair = recorded.pair();
            for (String event : List.of(pair.eventA(), pair.eventB())) {
                if (!events.contains(event)) {
                    throw new InvalidDataException(file, recorded.line(), null,
                            "the event '" + event + "' is not in " + corpus.origin());
                }
            }
            List<SharedTexts.Link> links = shared.getOrDefault(EventRelations.key(pair.eventA(), pair.eventB()), List.of());
            if (pair.relation() == EventRelation.UNRELATED && !links.isEmpty()) {
                throw new InvalidDataException(file, recorded.line(), null, "recorded as unrelated, but the two events share the text of "
                        + links.get(0).rows() + " in " + corpus.origin());
            }
            Optional<SharedTexts.Link> unflipped = links.stream().filter(SharedTexts.Link::sameSide).findFirst();
            if (pair.relation() == EventRelation.OPPOSITE && unflipped.isPresent()) {
                throw new InvalidDataException(file, recorded.line(), null, "recorded as opposite, but "
                        + unflipped.get().rows() + " in " + corpus.origin()
                        + " give one text the same stance toward both events (record the pair as related)");
            }
        }
        for (Map.Entry<List<String>, List<SharedTexts.Link>> e : shared.entrySet()) {
            String a = e.getKey().get(0);
            String b = e.getKey().get(1);
            if (relations.relation(a, b).isEmpty()) {
                throw new InvalidDataException(file, 0, null, "'" + a + "' and '" + b + "' share the text of "
                        + e.getValue().get(0).rows() + " in " + corpus.origin()
                        + " but the pair is not recorded (add it as opposite or related)");
            }
        }
    }
}
