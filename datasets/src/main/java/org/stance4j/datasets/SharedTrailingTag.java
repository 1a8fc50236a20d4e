package org.stance4j.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops a hashtag that ends every text of a file. Some tweet corpora append one tag to every
 * tweet to mark where it was collected; it says nothing about stance, and a model trained on it
 * would weigh a token that no user's text has. It is found from the data rather than named, so
 * any such corpus marker goes, and a tag that only some texts end with is kept as content.
 */
final class SharedTrailingTag {
    private static final Pattern TRAILING_TAG = Pattern.compile("#\\w+$", Pattern.UNICODE_CHARACTER_CLASS);

    private SharedTrailingTag() {
    }

    /**
     * The statements with the shared trailing tag removed from their texts; the same list when
     * there are fewer than two statements, when their texts do not all end with one tag, or when
     * removing it would leave a text empty.
     */
    static List<LabeledStatement> drop(List<LabeledStatement> statements) {
        if (statements.size() < 2) {
            return statements;
        }
        Matcher first = TRAILING_TAG.matcher(statements.get(0).text());
        if (!first.find()) {
            return statements;
        }
        String tag = first.group();
        List<LabeledStatement> out = new ArrayList<>(statements.size());
        for (LabeledStatement s : statements) {
            if (!endsWholeTag(s.text(), tag)) {
                return statements;
            }
            String text = s.text().substring(0, s.text().length() - tag.length()).strip();
            if (text.isEmpty()) {
                return statements;
            }
            out.add(new LabeledStatement(s.id(), s.event(), text, s.stance(), s.speaker(), s.source()));
        }
        return out;
    }

    /** Whether the text's own trailing tag is exactly {@code tag} (not a longer tag ending the same way). */
    private static boolean endsWholeTag(String text, String tag) {
        Matcher m = TRAILING_TAG.matcher(text);
        return m.find() && m.group().equals(tag);
    }
}
