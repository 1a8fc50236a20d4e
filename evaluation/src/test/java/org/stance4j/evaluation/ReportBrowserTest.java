package org.stance4j.evaluation;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opens report.html in headless Chromium (Debian's chromium package; skipped where it is absent):
 * the page's own script runs, no script from the data does, and the charts are drawn. Leaves a
 * screenshot in target/report-screenshot.png.
 */
class ReportBrowserTest {
    private static Path chromium() {
        String configured = System.getenv("CHROMIUM");
        for (String candidate : new String[] {configured, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (candidate != null && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    private static String run(Path chromium, Path profile, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        return out;
    }

    @Test
    void theReportRendersAndNoDataRunsAsScript() throws Exception {
        Path chromium = chromium();
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed (apt-get install -y chromium); browser test skipped");
        Path target = Path.of("target").toAbsolutePath();
        Path dir = target.resolve("browser-report");
        ReportWriter.write(ReportFixtures.report(400, 0.65, 7), dir);
        String url = dir.resolve(ReportWriter.HTML).toUri().toString();
        Path profile = Files.createTempDirectory("chromium-profile");

        String dom = run(chromium, profile, "--dump-dom", url);
        assertTrue(dom.contains("<title>stance4j evaluation report</title>"), "the page's title is untouched");
        assertFalse(dom.contains("data-pwned=\"1\""), "no script from the data ran");
        assertTrue(dom.contains("data-sortable=\"ready\""), "the page's own script ran under its policy");
        for (String id : new String[] {"confusion", "per-class", "confidence", "reliability"}) {
            assertTrue(dom.contains("<svg id=\"" + id + "\""), id);
        }
        assertTrue(dom.contains("&lt;script&gt;document.title='pwned'"), "the hostile statement shows as text");

        Path screenshot = target.resolve("report-screenshot.png");
        Files.deleteIfExists(screenshot);
        run(chromium, profile, "--screenshot=" + screenshot, "--window-size=1280,2600", url);
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(1280, image.getWidth());
        int blue = 0;
        int green = 0;
        int red = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                blue += b > 150 && r < 120 && g < 160 ? 1 : 0;
                green += g > 150 && r < 140 && b < 140 ? 1 : 0;
                red += r > 200 && g < 110 && b < 110 ? 1 : 0;
            }
        }
        assertTrue(blue > 2000, "the heatmap and bars are drawn (" + blue + " blue samples)");
        assertTrue(green > 200, "the histogram's right answers are drawn (" + green + ")");
        assertTrue(red > 100, "the histogram's mistakes are drawn (" + red + ")");
    }
}
