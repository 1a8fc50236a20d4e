package org.stance4j.cli;

import org.stance4j.model.StanceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The stance4j command line. Exit codes: 0 success; 2 bad usage or bad input (one line on stderr,
 * no stack trace); 1 internal error (set STANCE4J_DEBUG=1 for the stack trace).
 */
@Command(name = "stance4j", mixinStandardHelpOptions = true, versionProvider = Stance4j.Version.class,
        description = "Stance toward an event: supportive, condemning or neutral.",
        footer = {"", "Also: stance4j benchmark, stance4j next to the scikit-learn and fastText peers on the public corpora "
                + "(benchmark tooling, run from the benchmarks module)."},
        subcommands = {TrainCommand.class, EvaluateCommand.class, PredictCommand.class, CrossValidateCommand.class, StatsCommand.class, CompareCommand.class, AnalyzeCommand.class,
                CombineCommand.class,
                CommandLine.HelpCommand.class})
public final class Stance4j implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    /** Stopped by Ctrl-C before there was anything to keep; 128 + SIGINT, as shells report it. */
    public static final int INTERRUPTED = 130;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: " + String.join(", ", spec.subcommands().keySet()));
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs a command line and returns its exit code; for tests and embedding. {@code extraCommands}
     * are picocli commands of tools outside the product (the peer benchmark) that run with the same
     * options, messages and exit codes.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Object... extraCommands) {
        CommandLine cli = new CommandLine(new Stance4j());
        for (Object command : extraCommands) {
            cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine command = e.getCommandLine();
            err.println(command.getCommandName() + ": " + e.getMessage() + " (see " + qualifiedName(command) + " --help)");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            if (e instanceof StanceException || e instanceof UsageException) {
                err.println(command.getCommandName() + ": " + e.getMessage());
                return BAD_INPUT;
            }
            err.println(command.getCommandName() + ": internal error: " + e);
            if (System.getenv("STANCE4J_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("(set STANCE4J_DEBUG=1 to see the stack trace)");
            }
            return INTERNAL_ERROR;
        });
        return cli.execute(args);
    }

    private static String qualifiedName(CommandLine command) {
        return command.getParent() == null ? command.getCommandName() : "stance4j " + command.getCommandName();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"stance4j " + org.stance4j.model.bundle.Versions.toolkit()};
        }
    }
}
