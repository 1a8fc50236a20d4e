package org.stance4j.datasets;

import org.stance4j.model.InvalidDataException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a byte stream strictly and fails on the first problem with the byte offset and line:
 * bytes that are not valid in the encoding, a NUL character (a binary file), or a line longer than
 * the limit. Drops a leading byte-order mark. Not thread-safe.
 */
final class CheckedTextReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final String file;
    private final int maxLineChars;
    private final boolean utf8;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private long bytesBefore;
    private long line = 1;
    private long lineChars;
    private boolean eof;
    private boolean started;

    CheckedTextReader(InputStream in, Charset charset, String file, int maxLineChars) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.file = file;
        this.maxLineChars = maxLineChars;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        bytes.flip();
        chars.flip();
    }

    /** The 1-based line being read. */
    long line() {
        return line;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        for (int i = off; i < off + n; i++) {
            char c = buf[i];
            if (c == '\n') {
                line++;
                lineChars = 0;
            } else if (++lineChars > maxLineChars) {
                throw fail("line is longer than " + maxLineChars + " characters (raise the limit with --max-field-chars)");
            } else if (c == '\0') {
                throw fail("NUL character: this looks like a binary file, not text");
            }
        }
        return n;
    }

    private boolean fill() throws IOException {
        chars.clear();
        boolean needBytes = !bytes.hasRemaining();
        while (chars.position() == 0) {
            if (needBytes && !eof) {
                bytesBefore += bytes.position();
                bytes.compact();
                int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (r < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + r);
                }
                bytes.flip();
            }
            CoderResult result = decoder.decode(bytes, chars, eof);
            if (result.isError()) {
                // the line of the bad bytes: lines handed out so far plus those decoded in this call
                for (int i = 0; i < chars.position(); i++) {
                    if (chars.get(i) == '\n') {
                        line++;
                    }
                }
                throw fail("bytes at offset " + (bytesBefore + bytes.position()) + " are not valid "
                        + decoder.charset().name()
                        + " (if the file uses another encoding, pass it with --encoding, e.g. --encoding windows-1252)");
            }
            if (eof) {
                if (decoder.flush(chars).isError()) {
                    throw fail("the file ends inside a multi-byte character");
                }
                break;
            }
            needBytes = result.isUnderflow();
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (utf8 && chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        return chars.hasRemaining() || !eof && fill();
    }

    private InvalidTextException fail(String problem) {
        return new InvalidTextException(new InvalidDataException(file, line, null, problem));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Carries an {@link InvalidDataException} through the {@link Reader} API, which only allows IOException. */
    static final class InvalidTextException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient InvalidDataException problem;

        InvalidTextException(InvalidDataException problem) {
            super(problem.getMessage());
            this.problem = problem;
        }

        InvalidDataException problem() {
            return problem;
        }
    }
}
