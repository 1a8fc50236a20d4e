package org.stance4j.model.text;

import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.Tokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordTokenFactory;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one text pipeline of stance4j: CoreNLP PTB tokenisation followed by token normalisation.
 * Training and inference both call it, so they cannot drift apart.
 *
 * <p>Immutable and safe to share between threads: every call gets its own CoreNLP lexer.
 */
public final class TextPipeline {
    /** The token that PTBTokenizer emits for a line break when asked to; it separates statements of a batch. */
    private static final String LINE_BREAK = "*NL*";

    private final TextSettings settings;
    private final TokenizerFactory<Word> factory;

    public TextPipeline(TextSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.factory = PTBTokenizer.factory(new WordTokenFactory(), settings.tokenizerOptions() + ",tokenizeNLs=true");
    }

    public TextSettings settings() {
        return settings;
    }

    /** The normalised tokens of one text. */
    public List<String> tokenize(String text) {
        return tokenizeAll(List.of(text)).get(0);
    }

    /**
     * The normalised tokens of every text, in order.
     *
     * <p>All texts go through one CoreNLP lexer, one per line, which is a third faster than a lexer
     * per text for tweet-length statements. Line breaks inside a text become spaces first, so a
     * text's tokens never depend on its neighbours; a single text takes the same route.
     */
    public List<List<String>> tokenizeAll(List<String> texts) {
        StringBuilder joined = new StringBuilder(texts.size() * 64);
        for (String text : texts) {
            appendOnOneLine(text, joined);
            joined.append('\n');
        }
        List<List<String>> result = new ArrayList<>(texts.size());
        List<String> current = new ArrayList<>();
        Tokenizer<Word> tokenizer = factory.getTokenizer(new StringReader(joined.toString()));
        while (tokenizer.hasNext()) {
            String token = tokenizer.next().word();
            if (LINE_BREAK.equals(token)) {
                result.add(List.copyOf(current));
                current.clear();
            } else {
                TokenNormalizer.normalize(token, current);
            }
        }
        if (result.size() != texts.size()) {
            // Cannot happen with the characters replaced below; fail loudly rather than misalign statements.
            throw new IllegalStateException("tokeniser returned " + result.size() + " lines for " + texts.size() + " texts");
        }
        return result;
    }

    /** Copies text, turning every character that the PTB lexer treats as a line break into a space. */
    private static void appendOnOneLine(String text, StringBuilder out) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            out.append(isLineBreak(c) ? ' ' : c);
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }
}
