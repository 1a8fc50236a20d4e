package org.stance4j.model.text;

import java.util.List;
import java.util.Locale;

/**
 * Turns one raw token into zero or more normalised tokens (rules {@link TextSettings#NORMALIZATION_V1}).
 * Stateless.
 */
final class TokenNormalizer {
    static final String URL = "<url>";
    static final String USER = "<user>";
    static final String NUMBER = "<num>";

    private TokenNormalizer() {
    }

    static void normalize(String raw, List<String> out) {
        if (raw.isEmpty()) {
            return;
        }
        char first = raw.charAt(0);
        if (isUrl(raw)) {
            out.add(URL);
        } else if (first == '@' && raw.length() > 1) {
            out.add(USER);
        } else if (first == '#' && raw.length() > 1) {
            splitHashtag(raw, out);
        } else if (isNumber(raw)) {
            out.add(NUMBER);
        } else {
            out.add(shortenRepeats(raw.toLowerCase(Locale.ROOT)));
        }
    }

    private static boolean isUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("www.");
    }

    /** Digits with optional separators: 12, 3.5, 1,200, 9/11, 2024-05-01. */
    private static boolean isNumber(String s) {
        if (!Character.isDigit(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',' && c != ':' && c != '/' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * "#HandOverTheServer" gives hand, over, the, server; "#climate2030" gives climate, &lt;num&gt;;
     * a hashtag in one case stays one word, so that it matches the same word written plainly.
     */
    private static void splitHashtag(String tag, List<String> out) {
        for (String piece : tag.substring(1).split("_")) {
            int start = 0;
            for (int i = 1; i <= piece.length(); i++) {
                if (i == piece.length() || startsNewPart(piece, i)) {
                    addPart(piece.substring(start, i), out);
                    start = i;
                }
            }
        }
    }

    private static void addPart(String part, List<String> out) {
        if (part.isEmpty()) {
            return;
        }
        out.add(Character.isDigit(part.charAt(0)) ? NUMBER : shortenRepeats(part.toLowerCase(Locale.ROOT)));
    }

    /** A new word starts at an upper-case letter after a lower-case one, and where letters and digits meet. */
    private static boolean startsNewPart(String s, int i) {
        char prev = s.charAt(i - 1);
        char c = s.charAt(i);
        if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
            return true;
        }
        return Character.isLetterOrDigit(c) && Character.isLetterOrDigit(prev)
                && Character.isDigit(c) != Character.isDigit(prev);
    }

    /** "soooo" becomes "soo", "!!!!" becomes "!!": elongation carries emphasis, not a new word. */
    static String shortenRepeats(String s) {
        int n = s.length();
        if (n < 3) {
            return s;
        }
        StringBuilder sb = null;
        int run = 1;
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            run = c == s.charAt(i - 1) ? run + 1 : 1;
            if (run > 2) {
                if (sb == null) {
                    sb = new StringBuilder(n).append(s, 0, i);
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
