package org.stance4j.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Checks and writes for the command line's outputs, turning I/O failures into one-line usage errors. */
final class Cli {
    /** Writes something; an I/O failure becomes a one-line error naming the option. */
    @FunctionalInterface
    interface Writing {
        void run() throws IOException;
    }

    private Cli() {
    }

    static void write(Path target, String option, Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw cannotWrite(target, option, e);
        }
    }

    static UsageException cannotWrite(Path target, String option, IOException e) {
        if (System.getenv("STANCE4J_DEBUG") != null) {
            e.printStackTrace();
        }
        if (e instanceof AccessDeniedException) {
            return new UsageException("cannot write " + option + " " + target + ": permission denied");
        }
        if (e instanceof NoSuchFileException missing) {
            return new UsageException("cannot write " + option + " " + target + ": no such folder " + missing.getFile());
        }
        return new UsageException("cannot write " + option + " " + target + ": "
                + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
    }

    /** Fails early, before hours of work, when an output file could not be written. */
    static void checkWritableFile(Path file, String option) {
        if (Files.isDirectory(file)) {
            throw new UsageException(option + " " + file + " is a directory; give a file name");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && Files.exists(parent) && !Files.isWritable(parent)) {
            throw new UsageException("cannot write " + option + " " + file + ": the folder is not writable");
        }
    }
}
