package org.stance4j.spark;

import org.apache.spark.broadcast.Broadcast;

import java.io.Serializable;

/**
 * Which model a task scores with, as executors receive it: a cache key, a name for messages, and
 * either the bundle's bytes as a broadcast variable or nothing for a model that ships on the class
 * path. Only the key, the name and Spark's broadcast handle are serialised.
 *
 * @param key {@code sha256:HEX} of the bundle's bytes, or the name of a built-in model
 * @param name where the model came from, for messages
 * @param bundle the bundle's bytes; null for a built-in model
 */
record ModelRef(String key, String name, Broadcast<byte[]> bundle) implements Serializable {
}
