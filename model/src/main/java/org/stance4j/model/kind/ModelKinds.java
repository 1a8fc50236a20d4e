package org.stance4j.model.kind;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The model kinds this JVM can load: the built-in n-gram kind, and whatever other kinds the class
 * path provides through {@link ServiceLoader}.
 */
public final class ModelKinds {
    /** The kind of a bundle whose manifest names none: every bundle before kinds were recorded. */
    public static final String DEFAULT = NgramKind.NAME;
    private static volatile Map<String, ModelKind> kinds;

    private ModelKinds() {
    }

    /** The kind of that name, if this class path has it. */
    public static Optional<ModelKind> find(String name) {
        return Optional.ofNullable(all().get(name));
    }

    /** The names of every kind this class path can load, for messages. */
    public static String names() {
        return String.join(", ", all().keySet());
    }

    private static Map<String, ModelKind> all() {
        Map<String, ModelKind> found = kinds;
        if (found == null) {
            found = new LinkedHashMap<>();
            found.put(NgramKind.NAME, new NgramKind());
            found.put(MeanKind.NAME, new MeanKind());
            for (ModelKind kind : ServiceLoader.load(ModelKind.class, ModelKinds.class.getClassLoader())) {
                found.putIfAbsent(kind.name(), kind);
            }
            kinds = found;
        }
        return found;
    }
}
