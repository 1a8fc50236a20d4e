package org.stance4j.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link PredictJob}'s command line, with the names of {@code stance4j predict}'s options.
 *
 * @param model a bundle path, {@code fast} (default) or {@code accurate}
 * @param event the event of every row, or null to read an event column
 * @param input the input path
 * @param output the output path (a directory of part files, as Spark writes)
 * @param inputFormat the input's format
 * @param outputFormat the output's format
 * @param evaluate the folder for report.json, or null
 * @param partitions the partitions to score in, or 0 to keep the input's
 */
record JobOptions(String model, String event, String input, String output, TableFormat inputFormat,
                  TableFormat outputFormat, String evaluate, int partitions) {

    static final String USAGE = String.join("\n",
            "Usage: spark-submit --class org.stance4j.spark.PredictJob stance4j-spark-VERSION-all.jar \\",
            "         --input PATH --output PATH [--model MODEL.zip|fast|accurate] [--event TEXT]",
            "         [--format csv|jsonl|parquet] [--output-format csv|jsonl|parquet] [--evaluate REPORT_DIR] [--partitions N]",
            "",
            "Scores rows with a text column and an event column (or --event for every row) and writes them with",
            "stance, p_supportive, p_condemning, p_neutral and stance_error (predicted_stance and so on when the",
            "input has a stance column, as labeled data does). Formats follow the paths' extensions (.csv,",
            ".jsonl/.json, .parquet) unless given. --evaluate writes report.json for labeled input. The model is",
            "read on the driver from any Hadoop path; 'fast' (the default) is the model inside stance4j.");

    /** Null when the user asked for help. */
    static JobOptions parse(String[] args) throws UsageException {
        String model = BuiltInModels.FAST;
        String event = null;
        String input = null;
        String output = null;
        String format = null;
        String outputFormat = null;
        String evaluate = null;
        String partitions = null;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            if (option.equals("--help") || option.equals("-h")) {
                return null;
            }
            if (!option.startsWith("--")) {
                throw new UsageException("unexpected argument '" + option + "' (options start with --; see --help)");
            }
            if (rest.isEmpty()) {
                throw new UsageException(option + " needs a value");
            }
            String value = rest.remove(0);
            switch (option) {
                case "--model" -> model = value;
                case "--event" -> event = value;
                case "--input" -> input = value;
                case "--output" -> output = value;
                case "--format" -> format = value;
                case "--output-format" -> outputFormat = value;
                case "--evaluate" -> evaluate = value;
                case "--partitions" -> partitions = value;
                default -> throw new UsageException("unknown option '" + option + "' (see --help)");
            }
        }
        if (input == null || input.isBlank()) {
            throw new UsageException("--input is required");
        }
        if (output == null || output.isBlank()) {
            throw new UsageException("--output is required");
        }
        if (event != null && event.isBlank()) {
            throw new UsageException("--event is empty");
        }
        if (model.isBlank()) {
            throw new UsageException("--model is empty");
        }
        TableFormat in = format != null ? TableFormat.named(format, "--format") : TableFormat.ofPath(input);
        if (in == null) {
            throw new UsageException("cannot tell the format of --input '" + input + "' from its name; give --format csv|jsonl|parquet");
        }
        TableFormat out = outputFormat != null ? TableFormat.named(outputFormat, "--output-format") : TableFormat.ofPath(output);
        return new JobOptions(model, event, input, output, in, out == null ? in : out, evaluate, partitions(partitions));
    }

    private static int partitions(String value) throws UsageException {
        if (value == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= 1_000_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--partitions must be 1..1000000, got '" + value + "'");
    }
}
