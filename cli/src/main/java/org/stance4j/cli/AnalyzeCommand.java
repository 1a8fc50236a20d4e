package org.stance4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stance4j.article.ArticleAnalysis;
import org.stance4j.article.ArticleAnalyzer;
import org.stance4j.article.ArticleSentence;
import org.stance4j.article.AttributedQuote;
import org.stance4j.article.SpeakerSummary;
import org.stance4j.inference.BuiltInModel;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.InvalidDataException;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceException;
import org.stance4j.model.bundle.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Find every direct quote of a news article, who said it, and its stance toward an event.",
                "Writes one row per quote (text, offsets, speaker, role, stance, probabilities) and a summary per speaker."})
final class AnalyzeCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--article", paramLabel = "FILE", required = true, description = "The article, as UTF-8 text (paragraphs separated by blank lines).")
    Path article;

    @Option(names = "--event", paramLabel = "TEXT", description = "The event (default: the article's first line, its headline).")
    String event;

    /**
     * The default is the model that scores article quotes better, measured on the 64 hand-labelled
     * quotes of the test articles (benchmarks' ArticleQuotes): fast 0.703 accuracy, accurate 0.641 (the encoder
     * alone 0.578).
     */
    static final BuiltInModel DEFAULT_MODEL = BuiltInModel.FAST;

    @Option(names = "--model", paramLabel = "fast|accurate|MODEL.zip", description = "fast (default): the shipped n-gram model, "
            + "which scores article quotes best so far; accurate: the shipped mean of a fine-tuned encoder and n-gram models; or a model bundle's path.")
    String model;

    @Option(names = "--output", paramLabel = "FILE|-", defaultValue = "-", description = "Output file, or - for standard output (default).")
    String output;

    @Option(names = "--output-format", paramLabel = "csv|jsonl|html", defaultValue = "csv", description = "csv (default), jsonl or html.")
    String outputFormat;

    @Option(names = "--sentences", description = "Also score the article's own sentences that mention the event, attributed to the article.")
    boolean sentences;

    @Override
    public Integer call() throws StanceException, IOException {
        String format = outputFormat.toLowerCase(Locale.ROOT);
        if (!List.of("csv", "jsonl", "html").contains(format)) {
            throw new UsageException("--output-format must be csv, jsonl or html, got '" + outputFormat + "'");
        }
        String text = read(article);
        String theEvent = event != null ? event.strip() : text.strip().lines().findFirst().orElse("").strip();
        if (theEvent.isEmpty()) {
            throw new UsageException("no --event given and the article has no first line to use");
        }
        ArticleAnalysis analysis;
        String scoredBy;
        try (StanceClassifier classifier = Models.open(model, DEFAULT_MODEL)) {
            analysis = new ArticleAnalyzer(classifier).analyze(text, theEvent, sentences);
            scoredBy = (model == null ? DEFAULT_MODEL.word() : model) + " (" + classifier.info().kind() + ")";
        }
        byte[] rendered = switch (format) {
            case "jsonl" -> jsonl(analysis);
            case "html" -> ArticleHtml.render(text, analysis).getBytes(StandardCharsets.UTF_8);
            default -> csv(analysis);
        };
        if ("-".equals(output)) {
            System.out.write(rendered);
            System.out.flush();
        } else {
            Path file = Path.of(output);
            Cli.checkWritableFile(file, "--output");
            Cli.write(file, "--output", () -> AtomicFile.write(file, rendered));
        }
        spec.commandLine().getErr().printf(Locale.ROOT, "%d quotes, %d speakers%s; model: %s%n", analysis.quotes().size(),
                analysis.speakers().size(), sentences ? ", " + analysis.sentences().size() + " sentences of the article" : "", scoredBy);
        for (SpeakerSummary s : analysis.speakers()) {
            spec.commandLine().getErr().printf(Locale.ROOT, "  %s%s: %d quote%s, overall %s%n", s.speaker(), s.role() == null ? "" : " (" + s.role() + ")",
                    s.quotes(), s.quotes() == 1 ? "" : "s", s.overall().stance().label());
        }
        return 0;
    }

    private static String read(Path file) throws InvalidDataException {
        if (Files.isDirectory(file)) {
            throw new InvalidDataException(file, 0, null, "is a directory, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidDataException(file, 0, null, "no such file");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new InvalidDataException(file, 0, null, "NUL character: this looks like a binary file, not text");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidDataException(file, 0, null, "not valid UTF-8 text");
        } catch (IOException e) {
            throw new InvalidDataException(file, 0, null, "cannot read: " + e.getMessage());
        }
    }

    private static byte[] csv(ArticleAnalysis a) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                     .setHeader("kind", "text", "begin", "end", "speaker", "role", "stance", "p_supportive", "p_condemning", "p_neutral").get())) {
            for (AttributedQuote q : a.quotes()) {
                record(csv, "quote", q.text(), q.begin(), q.end(), q.speaker(), q.role(), q.prediction());
            }
            for (ArticleSentence s : a.sentences()) {
                record(csv, "article", s.text(), s.begin(), s.end(), "(the article)", null, s.prediction());
            }
            for (SpeakerSummary s : a.speakers()) {
                record(csv, "speaker", s.quotes() + " quote" + (s.quotes() == 1 ? "" : "s"), -1, -1, s.speaker(), s.role(), s.overall());
            }
        }
        return bytes.toByteArray();
    }

    private static void record(CSVPrinter csv, String kind, String text, int begin, int end, String speaker, String role, Prediction p)
            throws IOException {
        csv.printRecord(kind, text, begin < 0 ? "" : begin, end < 0 ? "" : end, speaker == null ? "" : speaker, role == null ? "" : role,
                p.stance().label(), String.format(Locale.ROOT, "%.4f", p.probability(Stance.SUPPORTIVE)),
                String.format(Locale.ROOT, "%.4f", p.probability(Stance.CONDEMNING)), String.format(Locale.ROOT, "%.4f", p.probability(Stance.NEUTRAL)));
    }

    private static byte[] jsonl(ArticleAnalysis a) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        for (AttributedQuote q : a.quotes()) {
            out.append(mapper.writeValueAsString(row("quote", q.text(), q.begin(), q.end(), q.speaker(), q.role(), q.prediction()))).append('\n');
        }
        for (ArticleSentence s : a.sentences()) {
            out.append(mapper.writeValueAsString(row("article", s.text(), s.begin(), s.end(), null, null, s.prediction()))).append('\n');
        }
        for (SpeakerSummary s : a.speakers()) {
            Map<String, Object> r = row("speaker", null, -1, -1, s.speaker(), s.role(), s.overall());
            r.put("quotes", s.quotes());
            out.append(mapper.writeValueAsString(r)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> row(String kind, String text, int begin, int end, String speaker, String role, Prediction p) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kind", kind);
        if (text != null) {
            r.put("text", text);
            r.put("begin", begin);
            r.put("end", end);
        }
        r.put("speaker", speaker);
        r.put("role", role);
        r.put("stance", p.stance().label());
        for (Stance s : Stance.values()) {
            r.put("p_" + s.label(), Math.round(p.probability(s) * 10_000) / 10_000.0);
        }
        return r;
    }
}
