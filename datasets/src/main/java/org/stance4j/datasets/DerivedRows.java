package org.stance4j.datasets;

import java.util.Map;
import java.util.Objects;

/**
 * What a model's manifest records of the rows derived for its training: which augmentation, and the
 * event-relations record they came from, by origin and SHA-256, so that a model can be checked
 * against the record as it is now.
 *
 * @param augmentation    the derived rows; {@link Augmentation#NONE} when there are none
 * @param relations       where the record was read from; null when there are no derived rows
 * @param relationsSha256 the record's SHA-256; null when there are no derived rows
 */
public record DerivedRows(Augmentation augmentation, String relations, String relationsSha256) {
    /** No derived rows. */
    public static final DerivedRows NONE = new DerivedRows(Augmentation.NONE, null, null);

    public DerivedRows {
        Objects.requireNonNull(augmentation, "augmentation");
        if ((augmentation == Augmentation.NONE) != (relations == null) || (relations == null) != (relationsSha256 == null)) {
            throw new IllegalArgumentException("derived rows come with the record they came from, and only then");
        }
    }

    public static DerivedRows of(Augmentation augmentation, EventRelations relations) {
        return augmentation == Augmentation.NONE ? NONE : new DerivedRows(augmentation, relations.origin(), relations.sha256());
    }

    public boolean any() {
        return augmentation != Augmentation.NONE;
    }

    /**
     * Adds this record to a manifest's training settings. Nothing is added without derived rows, so
     * that models trained without them keep the manifest they always had.
     */
    public void addTo(Map<String, Object> settings) {
        if (any()) {
            settings.put("augmentation", augmentation.label());
            settings.put("relations", relations);
            settings.put("relationsSha256", relationsSha256);
        }
    }
}
