package org.stance4j.model;

import java.nio.file.Path;

/**
 * A data file that cannot be read as labeled statements. The message names the file, and where it
 * applies the line and the column, then the problem.
 */
public class InvalidDataException extends StanceException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;

    /**
     * @param file the file, or a description of the stream
     * @param line the 1-based line where the problem is, or 0 when it concerns the whole file
     * @param column the column name, or null
     * @param problem what is wrong, in a few words
     */
    public InvalidDataException(String file, long line, String column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
    }

    public InvalidDataException(Path file, long line, String column, String problem) {
        this(file.toString(), line, column, problem);
    }

    /** The file or stream that the problem is in. */
    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    private static String format(String file, long line, String column, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (column != null) {
            sb.append(": column '").append(column).append('\'');
        }
        return sb.append(": ").append(problem).toString();
    }
}
