package org.stance4j.datasets;

import java.util.Objects;

/**
 * Two different events and how they relate. The events are kept in lexicographic order, so a pair
 * read as (b, a) equals the same pair read as (a, b).
 *
 * @param eventA the event that sorts first
 * @param eventB the event that sorts second
 * @param relation how they relate
 */
public record EventPair(String eventA, String eventB, EventRelation relation) {
    public EventPair {
        Objects.requireNonNull(eventA, "eventA");
        Objects.requireNonNull(eventB, "eventB");
        Objects.requireNonNull(relation, "relation");
        if (eventA.equals(eventB)) {
            throw new IllegalArgumentException("an event cannot be paired with itself: " + eventA);
        }
        if (eventA.compareTo(eventB) > 0) {
            String first = eventB;
            eventB = eventA;
            eventA = first;
        }
    }

    /** True when {@code event} is one of the two. */
    public boolean involves(String event) {
        return eventA.equals(event) || eventB.equals(event);
    }

    /** The event paired with {@code event}, which must be one of the two. */
    public String other(String event) {
        if (!involves(event)) {
            throw new IllegalArgumentException("not in this pair: " + event);
        }
        return eventA.equals(event) ? eventB : eventA;
    }
}
