package org.stance4j.evaluation;

import org.stance4j.model.Stance;

import java.util.Locale;
import java.util.Map;

/** The report's charts as inline SVG, drawn from the evaluation's numbers; no script, no fetches. */
final class Charts {
    private Charts() {
    }

    /** Confusion matrix: rows gold, columns predicted; shade by row percentage; count and percentage in each cell. */
    static String confusion(Map<Stance, Map<Stance, Long>> confusion) {
        int cell = 96;
        int left = 110;
        int top = 40;
        Stance[] stances = Stance.values();
        StringBuilder svg = open("confusion", left + cell * stances.length + 10, top + cell * stances.length + 10,
                "Confusion matrix: rows are gold stances, columns predicted stances");
        for (int j = 0; j < stances.length; j++) {
            svg.append(text(left + j * cell + cell / 2, top - 10, stances[j].label(), "middle", 13, "#333"));
        }
        for (int i = 0; i < stances.length; i++) {
            Map<Stance, Long> row = confusion.get(stances[i]);
            long total = row.values().stream().mapToLong(Long::longValue).sum();
            svg.append(text(left - 8, top + i * cell + cell / 2 + 5, stances[i].label(), "end", 13, "#333"));
            for (int j = 0; j < stances.length; j++) {
                long count = row.get(stances[j]);
                double share = total == 0 ? 0 : (double) count / total;
                String fill = String.format(Locale.ROOT, "rgba(21,101,192,%.3f)", 0.08 + 0.85 * share);
                svg.append(String.format(Locale.ROOT, "<rect class=\"cell\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#fff\"/>",
                        left + j * cell, top + i * cell, cell, cell, fill));
                String ink = share > 0.5 ? "#fff" : "#111";
                svg.append(text(left + j * cell + cell / 2, top + i * cell + cell / 2, Long.toString(count), "middle", 18, ink));
                svg.append(text(left + j * cell + cell / 2, top + i * cell + cell / 2 + 20,
                        String.format(Locale.ROOT, "%.1f%%", 100 * share), "middle", 12, ink));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Precision, recall and F1 of each stance as grouped bars on a 0..1 scale. */
    static String perClass(Map<Stance, ClassMetrics> perClass) {
        int width = 420;
        int height = 220;
        int base = 180;
        int left = 40;
        StringBuilder svg = open("per-class", width, height, "Precision, recall and F1 per stance");
        axis(svg, left, base, width - 10, 150);
        String[] names = {"precision", "recall", "F1"};
        String[] colours = {"#90caf9", "#42a5f5", "#0d47a1"};
        int group = 0;
        for (Map.Entry<Stance, ClassMetrics> e : perClass.entrySet()) {
            double[] values = {e.getValue().precision(), e.getValue().recall(), e.getValue().f1()};
            int x0 = left + 20 + group * 120;
            for (int k = 0; k < 3; k++) {
                int h = (int) Math.round(values[k] * 150);
                svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"26\" height=\"%d\" fill=\"%s\"><title>%s %s %.4f</title></rect>",
                        x0 + k * 28, base - h, h, colours[k], e.getKey().label(), names[k], values[k]));
            }
            svg.append(text(x0 + 40, base + 16, e.getKey().label(), "middle", 12, "#333"));
            group++;
        }
        for (int k = 0; k < 3; k++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"8\" width=\"10\" height=\"10\" fill=\"%s\"/>", left + 200 + k * 70, colours[k]));
            svg.append(text(left + 214 + k * 70, 17, names[k], "start", 11, "#333"));
        }
        return svg.append("</svg>").toString();
    }

    /** How many predictions fall in each confidence bin, right ones and wrong ones stacked. */
    static String confidenceHistogram(Calibration calibration) {
        int width = 420;
        int height = 220;
        int base = 180;
        int left = 40;
        StringBuilder svg = open("confidence", width, height, "Confidence of predictions, right (green) and wrong (red)");
        int max = calibration.bins().stream().mapToInt(Calibration.Bin::count).max().orElse(1);
        axis(svg, left, base, width - 10, 0);
        int barWidth = (width - left - 20) / calibration.bins().size();
        for (int b = 0; b < calibration.bins().size(); b++) {
            Calibration.Bin bin = calibration.bins().get(b);
            int right = (int) Math.round(150.0 * bin.correct() / Math.max(1, max));
            int wrong = (int) Math.round(150.0 * (bin.count() - bin.correct()) / Math.max(1, max));
            int x = left + 5 + b * barWidth;
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#66bb6a\"><title>%.1f-%.1f: %d right</title></rect>",
                    x, base - right, barWidth - 3, right, bin.from(), bin.to(), bin.correct()));
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#ef5350\"><title>%.1f-%.1f: %d wrong</title></rect>",
                    x, base - right - wrong, barWidth - 3, wrong, bin.from(), bin.to(), bin.count() - bin.correct()));
            if (b % 2 == 0) {
                svg.append(text(x, base + 14, String.format(Locale.ROOT, "%.1f", bin.from()), "start", 10, "#555"));
            }
        }
        svg.append(text(width - 10, base + 14, "1.0", "end", 10, "#555"));
        svg.append(text(left + 5, 14, "max " + max + " per bin", "start", 11, "#555"));
        return svg.append("</svg>").toString();
    }

    /** Accuracy against mean confidence per bin, with the diagonal of perfect calibration. */
    static String reliability(Calibration calibration) {
        int size = 200;
        int left = 40;
        int top = 20;
        StringBuilder svg = open("reliability", left + size + 20, top + size + 40,
                "Reliability diagram: accuracy per confidence bin against the diagonal of perfect calibration");
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>", left, top, size, size));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>", left, top + size, left + size, top));
        int n = calibration.bins().size();
        for (Calibration.Bin bin : calibration.bins()) {
            if (bin.count() == 0) {
                continue;
            }
            int x = left + (int) Math.round(bin.from() * size);
            int h = (int) Math.round(bin.accuracy() * size);
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#1565c0\" fill-opacity=\"0.75\"><title>confidence %.2f, accuracy %.2f, %d statements</title></rect>",
                    x + 1, top + size - h, size / n - 2, h, bin.meanConfidence(), bin.accuracy(), bin.count()));
        }
        svg.append(text(left + size / 2, top + size + 28, "confidence", "middle", 11, "#555"));
        svg.append(text(left - 6, top + 10, "1", "end", 10, "#555"));
        svg.append(text(left - 6, top + size, "0", "end", 10, "#555"));
        svg.append(text(left + size - 4, top + 16, String.format(Locale.ROOT, "ECE %.3f", calibration.expectedCalibrationError()), "end", 12, "#333"));
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, int width, int height, String title) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg id=\"%s\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\"><title>%s</title>",
                id, width, height, width, height, Html.escape(title)));
    }

    private static void axis(StringBuilder svg, int left, int base, int right, int tickHeight) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", left, base, right, base));
        if (tickHeight > 0) {
            for (int t = 0; t <= 4; t++) {
                int y = base - tickHeight * t / 4;
                svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eee\"/>", left, y, right, y));
                svg.append(text(left - 4, y + 4, String.format(Locale.ROOT, "%.2f", t / 4.0), "end", 10, "#555"));
            }
        }
    }

    private static String text(int x, int y, String content, String anchor, int size, String colour) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"%d\" fill=\"%s\">%s</text>",
                x, y, anchor, size, colour, Html.escape(content));
    }
}
