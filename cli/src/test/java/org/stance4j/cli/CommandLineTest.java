package org.stance4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.datasets.DatasetWriter;
import org.stance4j.datasets.EventPair;
import org.stance4j.datasets.EventRelations;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;
import org.stance4j.model.bundle.BundleReader;
import org.stance4j.model.bundle.ModelBundle;
import org.stance4j.training.TinyTraining;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {
    @TempDir
    static Path dir;
    static Path data;
    static Path model;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Stance4j.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void trainOnce() throws Exception {
        data = dir.resolve("small.csv");
        try (Writer w = Files.newBufferedWriter(data)) {
            DatasetWriter.write(TinyTraining.statements(240), w);
        }
        model = dir.resolve("small.zip");
        Run r = run("train", "--data", data.toString(), "--epochs", "2", "--out", model.toString(),
                "--report", dir.resolve("train-report").toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
    }

    private static void assertBadInput(Run r, String expected) {
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.code());
        for (String command : List.of("train", "evaluate", "predict", "cross-validate")) {
            assertTrue(help.out().contains(command), help.out());
            assertEquals(0, run(command, "--help").code());
        }
        assertTrue(run("--version").out().startsWith("stance4j "));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertBadInput(run(), "a command is needed");
        assertBadInput(run("frobnicate"), "frobnicate");
        assertBadInput(run("train", "--format", "xml"), "unknown format 'xml'");
        assertBadInput(run("evaluate", "--model", model.toString()), "--data");
        assertBadInput(run("train", "--epochs", "many"), "many");
        assertBadInput(run("train", "--recipe", "encoder", "--base", "roberta", "--out", dir.resolve("never.zip").toString()),
                "--base must be minilm or bge-small, got 'roberta'");
        assertBadInput(run("train", "--recipe", "average", "--out", dir.resolve("never.zip").toString()),
                "--recipe must be ngram, encoder or mean");
    }

    @Test
    void badDataGetsOneLineNamingTheFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "event,text,stance\ne,ok,supportive\ne,\"stray quote,neutral\n");
        assertBadInput(run("train", "--data", bad.toString(), "--out", dir.resolve("never.zip").toString()),
                bad + ":3: a quoted field starting on this line is never closed");
        assertFalse(Files.exists(dir.resolve("never.zip")));
        assertBadInput(run("train", "--data", dir.resolve("absent.csv").toString()), "absent.csv: no such file");
        Path label = dir.resolve("label.csv");
        Files.writeString(label, "event,text,stance\ne,ok,supportive\ne,ok too,sure\n");
        assertBadInput(run("evaluate", "--model", model.toString(), "--data", label.toString(), "--report", dir.resolve("r").toString()),
                label + ":3: column 'stance': unknown label 'sure'");
    }

    @Test
    void aBrokenModelIsABadInput() throws Exception {
        Path notAModel = dir.resolve("not-a-model.zip");
        Files.writeString(notAModel, "hello");
        assertBadInput(run("predict", "--model", notAModel.toString(), "--event", "e", "--input", data.toString()), "not a complete zip file");
    }

    @Test
    void trainWritesAModelAndAReport() throws Exception {
        assertTrue(Files.size(model) > 0);
        JsonNode report = new ObjectMapper().readTree(dir.resolve("train-report/report.json").toFile());
        for (String key : List.of("examples", "accuracy", "macro_f1", "f_avg", "per_class", "confusion", "per_event", "model", "data")) {
            assertTrue(report.has(key), key);
        }
        assertEquals(48, report.get("examples").asInt(), 1, "a fifth of 240, rounded per stance");
        assertTrue(report.get("per_class").get("supportive").has("precision"));
        assertTrue(report.get("confusion").get("neutral").has("condemning"));
        assertTrue(Files.readString(dir.resolve("train-report/report.md")).contains("| gold \\ predicted |"));
    }

    @Test
    void trainCountsHeldOutTextsTrainedOnTowardAnotherEventApart() throws Exception {
        LabeledStatement trained = TinyTraining.statements(240).get(0);
        Stance other = trained.stance() == Stance.NEUTRAL ? Stance.SUPPORTIVE : Stance.NEUTRAL;
        Path dev = dir.resolve("contrastive-dev.csv");
        try (Writer w = Files.newBufferedWriter(dev)) {
            DatasetWriter.write(List.of(
                    new LabeledStatement("d1", "An event never trained on", trained.text(), other),
                    new LabeledStatement("d2", trained.event(), "A statement of its own, not in the training data", trained.stance())), w);
        }
        Run r = run("train", "--data", data.toString(), "--dev", dev.toString(), "--epochs", "1",
                "--out", dir.resolve("contrastive.zip").toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*of which 1 whose text was trained on toward another event with another stance: "
                + "accuracy [01]\\.000; the other 1: accuracy [01]\\.000.*"), r.out());
    }

    @Test
    void theMeanRecipeSavesBothHalvesAndServesTheMeanOfTheirProbabilities() throws Exception {
        Path small = dir.resolve("mean-data.csv");
        try (Writer w = Files.newBufferedWriter(small)) {
            DatasetWriter.write(TinyTraining.statements(60), w);
        }
        Path mean = dir.resolve("mean.zip");
        Run r = run("train", "--recipe", "mean", "--data", small.toString(), "--epochs", "1", "--out", mean.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("held-out statements: macro-F1"), r.out());
        ModelBundle bundle = BundleReader.read(mean);
        assertEquals("mean", bundle.info().kind());
        List<String> members = new ArrayList<>();
        List<StanceInput> inputs = TinyTraining.statements(60).stream().map(LabeledStatement::input).limit(12).toList();
        List<List<Prediction>> each = new ArrayList<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(mean.toFile())) {
            for (var e = zip.entries(); e.hasMoreElements(); ) {
                var entry = e.nextElement();
                if (entry.getName().startsWith("members/")) {
                    members.add(entry.getName());
                    ModelBundle member = BundleReader.read(zip.getInputStream(entry).readAllBytes(), entry.getName());
                    each.add(member.scorer().score(inputs));
                }
            }
        }
        assertEquals(List.of("members/1-ngram.zip", "members/2-encoder.zip"), members);
        List<Prediction> served = bundle.scorer().score(inputs);
        for (int i = 0; i < inputs.size(); i++) {
            for (Stance s : Stance.values()) {
                assertEquals((each.get(0).get(i).probability(s) + each.get(1).get(i).probability(s)) / 2, served.get(i).probability(s), 1e-9);
            }
        }
        Path in = dir.resolve("mean-in.csv");
        Files.writeString(in, "text\nWe respect the legal process\n");
        Path out = dir.resolve("mean-out.csv");
        Run p = run("predict", "--model", mean.toString(), "--event", "France refuses to cooperate with Russia",
                "--input", in.toString(), "--output", out.toString());
        assertEquals(0, p.code(), p.err());
        assertEquals(2, Files.readAllLines(out).size());
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(f -> f.getFileName().toString().startsWith(".stance4j-")), "no member file left behind");
        }
    }

    @Test
    void theMeanRecipeWithDerivedRowsServesThemOnlyForTheEventsItWasTrainedOn() throws Exception {
        List<LabeledStatement> statements = TinyTraining.statements(60);
        Path small = dir.resolve("derived-data.csv");
        try (Writer w = Files.newBufferedWriter(small)) {
            DatasetWriter.write(statements, w);
        }
        // the bundled record, cut down to the events of these statements
        java.util.Set<String> events = new java.util.TreeSet<>(statements.stream().map(LabeledStatement::event).toList());
        StringBuilder record = new StringBuilder("event_a,event_b,relation\n");
        for (EventPair pair : EventRelations.bundled().pairs()) {
            if (events.contains(pair.eventA()) && events.contains(pair.eventB())) {
                record.append('"').append(pair.eventA()).append("\",\"").append(pair.eventB()).append("\",")
                        .append(pair.relation().label()).append('\n');
            }
        }
        Path relations = dir.resolve("derived-relations.csv");
        Files.writeString(relations, record);
        Path mean = dir.resolve("mean-derived.zip");
        Run r = run("train", "--recipe", "mean", "--augment", "opposite", "--relations", relations.toString(),
                "--data", small.toString(), "--epochs", "1", "--out", mean.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*augmentation opposite: \\d+ training statements and [1-9]\\d* derived rows.*"), r.out());
        Map<String, byte[]> members = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(mean.toFile())) {
            for (var e = zip.entries(); e.hasMoreElements(); ) {
                var entry = e.nextElement();
                if (entry.getName().startsWith("members/")) {
                    members.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
                }
            }
        }
        assertEquals(List.of("members/1-ngram-other-events.zip", "members/2-ngram-known-events.zip", "members/3-encoder.zip"),
                List.copyOf(members.keySet()));
        List<List<Prediction>> each = new ArrayList<>();
        List<ModelBundle> bundles = new ArrayList<>();
        List<StanceInput> inputs = List.of(new StanceInput(statements.get(0).event(), "We welcome this decision"),
                new StanceInput("A city council approves a new tram line", "We welcome this decision"));
        for (Map.Entry<String, byte[]> m : members.entrySet()) {
            ModelBundle member = BundleReader.read(m.getValue(), m.getKey());
            bundles.add(member);
            each.add(member.scorer().score(inputs));
        }
        assertEquals("opposite", bundles.get(1).manifest().training().settings().get("augmentation"));
        assertEquals(org.stance4j.model.bundle.Sha256.of(relations), bundles.get(1).manifest().training().settings().get("relationsSha256"),
                "the record the rows were derived from");
        assertFalse(bundles.get(0).manifest().training().settings().containsKey("augmentation"));
        assertFalse(bundles.get(2).manifest().training().settings().containsKey("augmentation"), "the encoder reads the plain rows");
        List<Prediction> served = BundleReader.read(mean).scorer().score(inputs);
        for (Stance s : Stance.values()) {
            assertEquals((each.get(1).get(0).probability(s) + each.get(2).get(0).probability(s)) / 2, served.get(0).probability(s), 1e-9);
            assertEquals((each.get(0).get(1).probability(s) + each.get(2).get(1).probability(s)) / 2, served.get(1).probability(s), 1e-9);
        }
    }

    @Test
    void combineAveragesTrainedModelsAndRefusesADamagedOne() throws Exception {
        Path second = dir.resolve("second.zip");
        assertEquals(0, run("train", "--data", data.toString(), "--epochs", "1", "--seed", "5", "--out", second.toString(),
                "--no-progress").code());
        Path combined = dir.resolve("combined.zip");
        Run r = run("combine", model.toString(), second.toString(), "--out", combined.toString());
        assertEquals(0, r.code(), r.err());
        ModelBundle bundle = BundleReader.read(combined);
        assertEquals("mean", bundle.info().kind());
        assertEquals(BundleReader.read(model).info().trainingData(), bundle.info().trainingData(), "both were trained on the same file");
        List<StanceInput> inputs = TinyTraining.statements(30).stream().map(LabeledStatement::input).toList();
        List<Prediction> a = BundleReader.read(model).scorer().score(inputs);
        List<Prediction> b = BundleReader.read(second).scorer().score(inputs);
        List<Prediction> mean = bundle.scorer().score(inputs);
        for (int i = 0; i < inputs.size(); i++) {
            assertEquals((a.get(i).probability(Stance.NEUTRAL) + b.get(i).probability(Stance.NEUTRAL)) / 2,
                    mean.get(i).probability(Stance.NEUTRAL), 1e-9);
        }
        Path cut = dir.resolve("cut.zip");
        byte[] bytes = Files.readAllBytes(second);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path never = dir.resolve("never-combined.zip");
        assertBadInput(run("combine", model.toString(), cut.toString(), "--out", never.toString()), "cut.zip");
        assertFalse(Files.exists(never), "nothing written");
        assertEquals(2, run("combine", model.toString(), "--out", never.toString()).code(), "one model is not a combination");
        assertBadInput(run("combine", model.toString(), dir.resolve("absent.zip").toString(), "--out", never.toString()),
                "absent.zip: no such file");
    }

    @Test
    void combineLetsAModelScoreOnlyTheKnownEventsAndAnotherOnlyTheRest() throws Exception {
        Path second = dir.resolve("known-only.zip");
        Path third = dir.resolve("all-events.zip");
        assertEquals(0, run("train", "--data", data.toString(), "--epochs", "1", "--seed", "6", "--out", second.toString(),
                "--no-progress").code());
        assertEquals(0, run("train", "--data", data.toString(), "--epochs", "1", "--seed", "7", "--out", third.toString(),
                "--no-progress").code());
        Path routed = dir.resolve("routed.zip");
        Run r = run("combine", "--other-events-only", model.toString(), "--known-events-only", second.toString(), third.toString(),
                "--known-events", data.toString(), "--out", routed.toString());
        assertEquals(0, r.code(), r.err());
        long events = TinyTraining.statements(240).stream().map(LabeledStatement::event).distinct().count();
        assertTrue(r.out().contains(events + " events known"), r.out());
        String knownEvent = TinyTraining.statements(240).get(0).event();
        List<StanceInput> inputs = List.of(new StanceInput(knownEvent, "We welcome this decision"),
                new StanceInput("A city council approves a new tram line", "We welcome this decision"));
        List<Prediction> other = BundleReader.read(model).scorer().score(inputs);
        List<Prediction> known = BundleReader.read(second).scorer().score(inputs);
        List<Prediction> all = BundleReader.read(third).scorer().score(inputs);
        List<Prediction> served = BundleReader.read(routed).scorer().score(inputs);
        for (Stance s : Stance.values()) {
            assertEquals((known.get(0).probability(s) + all.get(0).probability(s)) / 2, served.get(0).probability(s), 1e-9);
            assertEquals((other.get(1).probability(s) + all.get(1).probability(s)) / 2, served.get(1).probability(s), 1e-9);
        }
        Path never = dir.resolve("never-routed.zip");
        assertBadInput(run("combine", "--known-events-only", second.toString(), third.toString(), "--other-events-only",
                        second.toString(), "--out", never.toString()), "one given twice");
        assertBadInput(run("combine", "--known-events-only", second.toString(), "--known-events-only", third.toString(),
                "--out", never.toString()), "give one that scores the other events too");
        assertBadInput(run("combine", model.toString(), second.toString(), "--known-events", data.toString(),
                "--out", never.toString()), "--known-events only matters with");
        assertFalse(Files.exists(never), "nothing written");
    }

    @Test
    void evaluateScoresAModel() throws Exception {
        Path report = dir.resolve("eval");
        Run r = run("evaluate", "--model", model.toString(), "--data", data.toString(), "--report", report.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("240 statements"), r.out());
        JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
        assertEquals(data.toString(), json.get("data").get("path").asText());
        assertEquals(64, json.get("data").get("sha256").asText().length());
    }

    @Test
    void predictAddsTheStanceAndProbabilitiesToEveryRow() throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,text,note\n1,\"France's refusal to assist is deeply disappointing\",x\n2,We respect the legal process,y\n");
        Path out = dir.resolve("out.csv");
        Run r = run("predict", "--model", model.toString(), "--event", "France refuses to cooperate with Russia",
                "--input", in.toString(), "--output", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("id,text,note,stance,p_supportive,p_condemning,p_neutral", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).matches("1,.*,x,(supportive|condemning|neutral),0\\.\\d{4},0\\.\\d{4},0\\.\\d{4}"), lines.get(1));
        Path jsonl = dir.resolve("out.jsonl");
        assertEquals(0, run("predict", "--model", model.toString(), "--event", "E", "--input", in.toString(),
                "--output", jsonl.toString(), "--output-format", "jsonl").code());
        List<String> json = Files.readAllLines(jsonl);
        assertEquals(2, json.size());
        JsonNode first = new ObjectMapper().readTree(json.get(0));
        assertEquals("x", first.get("note").asText());
        assertTrue(first.get("p_neutral").isNumber());
    }

    @Test
    void predictTakesTheShippedModelsByName() throws Exception {
        Path in = dir.resolve("named.csv");
        Files.writeString(in, "id,text\n1,\"France's refusal to assist is deeply disappointing\"\n2,We respect the legal process\n");
        String event = "France refuses to cooperate with Russia over the arrest of Pavel Durov";
        Path byDefault = dir.resolve("default.csv");
        Path fast = dir.resolve("fast.csv");
        Path accurate = dir.resolve("accurate.csv");
        assertEquals(0, run("predict", "--event", event, "--input", in.toString(), "--output", byDefault.toString()).code());
        Run f = run("predict", "--model", "fast", "--event", event, "--input", in.toString(), "--output", fast.toString());
        assertEquals(0, f.code(), f.err());
        assertEquals(Files.readString(byDefault), Files.readString(fast), "predict uses the fast model unless told otherwise");
        Run a = run("predict", "--model", "Accurate", "--event", event, "--input", in.toString(), "--output", accurate.toString());
        assertEquals(0, a.code(), a.err());
        List<String> lines = Files.readAllLines(accurate);
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).matches("1,.*,(supportive|condemning|neutral),0\\.\\d{4},0\\.\\d{4},0\\.\\d{4}"), lines.get(1));
        assertBadInput(run("predict", "--model", dir.resolve("missing.zip").toString(), "--event", event, "--input", in.toString()),
                "no such file");
    }

    @Test
    void analyzeScoresAnArticlesQuotesWithEitherShippedModel() throws Exception {
        Path article = dir.resolve("article.txt");
        Files.writeString(article, """
                France refuses to cooperate with Russia over the arrest of Pavel Durov

                "Our primary concern is ensuring that international legal processes are respected," said Hélène Marchetti, \
                a spokesperson for the French Ministry of Foreign Affairs.

                "France's refusal to assist in this matter is deeply disappointing," said Dmitri Orlov, a spokesperson \
                for the Russian foreign ministry.
                """);
        Path out = dir.resolve("article.csv");
        Run accurate = run("analyze", "--article", article.toString(), "--model", "accurate", "--output", out.toString());
        assertEquals(0, accurate.code(), accurate.err());
        assertTrue(accurate.err().contains("model: accurate (mean)"), accurate.err());
        List<String> rows = Files.readAllLines(out);
        assertEquals(2, rows.stream().filter(row -> row.startsWith("quote,")).count(), String.join("\n", rows));
        assertEquals(2, rows.stream().filter(row -> row.startsWith("speaker,")).count(), String.join("\n", rows));
        Run byDefault = run("analyze", "--article", article.toString(), "--output", out.toString());
        assertEquals(0, byDefault.code(), byDefault.err());
        assertTrue(byDefault.err().contains("model: fast (ngram)"), byDefault.err());
    }

    @Test
    void predictOnLabeledDataKeepsTheGoldColumnAndNamesItsOwnApart() throws Exception {
        Path in = dir.resolve("labeled.csv");
        Files.writeString(in, "text,event,stance\n\"France's refusal to assist is deeply disappointing\",France refuses to cooperate,condemning\n");
        Path out = dir.resolve("labeled-out.csv");
        assertEquals(0, run("predict", "--model", model.toString(), "--input", in.toString(), "--output", out.toString()).code());
        List<String> lines = Files.readAllLines(out);
        assertEquals("text,event,stance,predicted_stance,predicted_p_supportive,predicted_p_condemning,predicted_p_neutral", lines.get(0));
        assertTrue(lines.get(1).matches(".*,condemning,(supportive|condemning|neutral),0\\.\\d{4},0\\.\\d{4},0\\.\\d{4}"), lines.get(1));
        Path jsonl = dir.resolve("labeled-out.jsonl");
        assertEquals(0, run("predict", "--model", model.toString(), "--input", in.toString(),
                "--output", jsonl.toString(), "--output-format", "jsonl").code());
        JsonNode row = new ObjectMapper().readTree(Files.readAllLines(jsonl).get(0));
        assertEquals("condemning", row.get("stance").asText());
        assertTrue(row.get("predicted_p_neutral").isNumber());
        assertEquals(7, row.size());
    }

    @Test
    void predictNeedsAnEventColumnOrEventOption() throws Exception {
        Path in = dir.resolve("noevent.csv");
        Files.writeString(in, "text\nhello\n");
        assertBadInput(run("predict", "--model", model.toString(), "--input", in.toString()), "missing column 'event'");
        Path out = dir.resolve("partial.csv");
        Path empty = dir.resolve("emptytext.csv");
        Files.writeString(empty, "event,text\ne,fine\ne,\n");
        assertBadInput(run("predict", "--model", model.toString(), "--input", empty.toString(), "--output", out.toString()),
                empty + ":3: column 'text': the text is empty");
        assertFalse(Files.exists(out), "nothing written on bad input");
    }

    @Test
    void compareTwoModelsOrTheirReports() throws Exception {
        Path other = dir.resolve("other.zip");
        assertEquals(0, run("train", "--data", data.toString(), "--epochs", "1", "--seed", "9", "--out", other.toString(), "--no-progress").code());
        Path reportA = dir.resolve("eval-a");
        assertEquals(0, run("evaluate", "--model", model.toString(), "--data", data.toString(), "--report", reportA.toString()).code());
        Path out = dir.resolve("cmp");
        Run r = run("compare", "--a", reportA.toString(), "--b", other.toString(), "--data", data.toString(), "--report", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("McNemar"), r.out());
        JsonNode json = new ObjectMapper().readTree(out.resolve("compare.json").toFile());
        assertTrue(json.get("metrics").get("macro_f1").get("interval").isArray());
        assertTrue(json.get("mcnemar").get("p_value").asDouble() <= 1.0);
        assertTrue(Files.readString(out.resolve("compare.html")).contains("Disagreements"));
        Path elsewhere = dir.resolve("label.csv");
        Files.writeString(elsewhere, "event,text,stance\ne,a,supportive\ne,b,neutral\n");
        assertBadInput(run("compare", "--a", reportA.toString(), "--b", other.toString(), "--data", elsewhere.toString(),
                "--report", out.toString()), "compare reports made on the same data");
    }

    @Test
    void crossValidationReportsEveryFold() throws Exception {
        Path report = dir.resolve("cv");
        Run r = run("cross-validate", "--data", data.toString(), "--folds", "3", "--epochs", "2", "--report", report.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("fold 3:"), r.out());
        assertEquals(240, new ObjectMapper().readTree(report.resolve("report.json").toFile()).get("examples").asInt());
        assertBadInput(run("cross-validate", "--data", data.toString(), "--folds", "500", "--report", report.toString()),
                "only 240 statements for 500 folds");
    }
}
