package org.stance4j.encoder;

import java.text.Normalizer;

/**
 * BERT's text normalisation as Hugging Face's {@code BertNormalizer} applies it, in its order: drop
 * control characters and map every whitespace to a space, put spaces around CJK ideographs, strip
 * accents (NFD, then drop non-spacing marks), lower-case. The character classes are those of the Rust
 * implementation (Rust's {@code char::is_whitespace}, "other" = Cc, Cf, Cn, Co, Cs), not Java's
 * {@link Character#isWhitespace}, which differs on no-break spaces and the information separators.
 */
final class BertNormalizer {
    private final boolean cleanText;
    private final boolean spaceCjk;
    private final boolean stripAccents;
    private final boolean lowercase;

    BertNormalizer(boolean cleanText, boolean spaceCjk, boolean stripAccents, boolean lowercase) {
        this.cleanText = cleanText;
        this.spaceCjk = spaceCjk;
        this.stripAccents = stripAccents;
        this.lowercase = lowercase;
    }

    String normalize(String text) {
        if (isPlainAscii(text)) {
            // the common case for English text: only lower-casing and control characters can apply
            StringBuilder sb = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (cleanText && isRemoved(c)) {
                    continue;
                }
                if (cleanText && isWhitespace(c)) {
                    c = ' ';
                }
                sb.append(lowercase && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cleanText) {
                if (isRemoved(cp)) {
                    continue;
                }
                if (isWhitespace(cp)) {
                    cp = ' ';
                }
            }
            if (spaceCjk && isCjk(cp)) {
                sb.append(' ').appendCodePoint(cp).append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        }
        String s = sb.toString();
        if (stripAccents) {
            s = withoutNonSpacingMarks(Normalizer.normalize(s, Normalizer.Form.NFD));
        }
        return lowercase ? lowerCase(s) : s;
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String withoutNonSpacingMarks(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /**
     * Lower-cases code point by code point, as Rust's {@code char::to_lowercase} does: no final-sigma
     * context, and U+0130 (capital I with dot) becomes two code points.
     */
    private static String lowerCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x130) {
                sb.append("i\u0307");
            } else {
                sb.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return sb.toString();
    }

    /** NUL, the replacement character and "other" characters except tab, newline and carriage return. */
    static boolean isRemoved(int cp) {
        if (cp == 0 || cp == 0xFFFD) {
            return true;
        }
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE,
                    Character.SURROGATE -> true;
            default -> false;
        };
    }

    /** Unicode's White_Space property, which is what Rust's {@code char::is_whitespace} tests. */
    static boolean isWhitespace(int cp) {
        return switch (cp) {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200A;
        };
    }

    /** The CJK ideograph blocks that BERT spaces out, as Hugging Face lists them. */
    static boolean isCjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F)
                || (cp >= 0x2B920 && cp <= 0x2CEAF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}
