package org.stance4j.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.stance4j.training.EpochResult;
import org.stance4j.training.TrainingHistory;
import org.stance4j.training.TrainingListener;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows training progress: on a terminal a progress bar (epoch, batches, loss, dev macro-F1, time
 * left until the last possible epoch), elsewhere one plain line per epoch.
 */
final class ProgressDisplay implements TrainingListener {
    private final PrintWriter out;
    private final boolean terminal;
    private final String title;
    private ProgressBar bar;
    private int maxEpochs;
    private int batchesPerEpoch;
    private double bestF1 = -1;
    private int bestEpoch;
    private double lastLoss = Double.NaN;
    private double lastF1 = Double.NaN;
    private int refitEpochs;

    /** @param out where plain lines go; the bar itself always draws on the terminal's standard error */
    ProgressDisplay(PrintWriter out, boolean terminal, String title) {
        this.out = out;
        this.terminal = terminal;
        this.title = title;
    }

    @Override
    public void started(int maxEpochs, int batchesPerEpoch) {
        this.maxEpochs = maxEpochs;
        this.batchesPerEpoch = batchesPerEpoch;
        if (terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName(title)
                    .setInitialMax((long) maxEpochs * batchesPerEpoch)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .showSpeed()
                    .build();
        }
    }

    @Override
    public void batchDone(int epoch, int batch, double loss) {
        lastLoss = loss;
        if (bar != null) {
            bar.stepTo((long) (epoch - 1) * batchesPerEpoch + batch);
            bar.setExtraMessage(String.format(Locale.ROOT, "epoch %d/%d batch %d/%d loss %.3f dev macro-F1 %s",
                    epoch, maxEpochs, batch, batchesPerEpoch, loss, Double.isNaN(lastF1) ? "-" : String.format(Locale.ROOT, "%.3f", lastF1)));
        }
    }

    @Override
    public void epochDone(EpochResult result, boolean best) {
        lastF1 = result.devMacroF1();
        if (best) {
            bestF1 = result.devMacroF1();
            bestEpoch = result.epoch();
        }
        if (bar == null) {
            out.printf(Locale.ROOT, "%s: epoch %d/%d  loss %.4f  dev macro-F1 %.4f%s  %.1fs%n", title, result.epoch(), maxEpochs,
                    result.trainLoss(), result.devMacroF1(), best ? " (best)" : "", result.seconds());
            out.flush(); // a line per epoch is only useful when it arrives
        }
    }

    @Override
    public void finished(TrainingHistory history) {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.close();
        }
        out.printf(Locale.ROOT, "%s: %s after %d epochs (%s); kept epoch %d, dev macro-F1 %.4f%n", title,
                history.stopReason(), history.epochs().size(), format(Duration.ofMillis(Math.round(history.seconds() * 1000))),
                history.bestEpoch(), history.bestDevMacroF1());
        out.flush();
    }

    @Override
    public void refitStarted(int epochs, int statements) {
        refitEpochs = epochs;
        out.printf(Locale.ROOT, "%s: training afresh on all %,d statements (dev share included) for the %d epochs chosen%n",
                title, statements, epochs);
        out.flush();
    }

    @Override
    public void refitEpochDone(int epoch, double trainLoss, double seconds) {
        out.printf(Locale.ROOT, "%s: refit epoch %d/%d  loss %.4f  %.1fs%n", title, epoch, refitEpochs, trainLoss, seconds);
        out.flush();
    }

    private static String format(Duration d) {
        return d.toMinutes() > 0 ? d.toMinutes() + "m " + d.toSecondsPart() + "s" : String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
    }
}
