package org.stance4j.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeldOutPairsTest {
    @TempDir
    Path dir;

    @Test
    void aTextIsRightOnlyWhenItIsRightTowardEveryEvent() {
        List<LabeledStatement> rows = List.of(
                new LabeledStatement("1", "ban", "A victory for health.", Stance.SUPPORTIVE),
                new LabeledStatement("2", "lifting", "A victory for health.", Stance.CONDEMNING),
                new LabeledStatement("3", "ban", "Shops will suffer.", Stance.CONDEMNING),
                new LabeledStatement("4", "lifting", "Shops will suffer.", Stance.SUPPORTIVE));
        // the first text right toward both events; the second copied one stance to both
        List<Prediction> predictions = List.of(ReportFixtures.sure(Stance.SUPPORTIVE), ReportFixtures.sure(Stance.CONDEMNING),
                ReportFixtures.sure(Stance.CONDEMNING), ReportFixtures.sure(Stance.CONDEMNING));
        HeldOutPairs pairs = HeldOutPairs.of(rows, predictions);
        assertEquals(new HeldOutPairs(4, 3, 2, 1), pairs);
        assertEquals(0.75, pairs.rowAccuracy());
        assertEquals(0.5, pairs.pairAccuracy());
        assertTrue(pairs.summary().contains("2 contrastive texts"));
        assertThrows(IllegalArgumentException.class, () -> HeldOutPairs.of(rows, predictions.subList(0, 3)));
    }

    @Test
    void theReportShowsBothContrastiveFiguresOnlyWhenItHasThem() throws IOException {
        EvaluationReport plain = ReportFixtures.report(60, 0.6, 2);
        ReportWriter.write(plain, dir);
        assertFalse(Files.readString(dir.resolve(ReportWriter.JSON)).contains("contrastive"));
        assertFalse(Files.readString(dir.resolve(ReportWriter.HTML)).contains("Contrastive texts"));
        EvaluationReport shown = plain.withContrastive(new ContrastiveFigures(new ContrastiveSplit(10, 3, 50, 40), new HeldOutPairs(8, 5, 4, 2)));
        ReportWriter.write(shown, dir);
        String json = Files.readString(dir.resolve(ReportWriter.JSON));
        assertTrue(json.contains("\"trained_toward_other_event\""), json);
        assertTrue(json.contains("\"pair_accuracy\" : 0.5"), json);
        String md = Files.readString(dir.resolve(ReportWriter.MARKDOWN));
        assertTrue(md.contains("| text held out toward every event of its pair | 8 | 0.6250 | 4 | 0.5000 |"), md);
        assertTrue(md.contains("| text trained on toward another event, other stance | 10 | 0.3000 | | |"), md);
        String html = Files.readString(dir.resolve(ReportWriter.HTML));
        assertTrue(html.contains("<td>text held out toward every event of its pair</td><td class=\"n\">8</td><td class=\"n\">0.6250</td>"
                + "<td class=\"n\">4</td><td class=\"n\">0.5000</td>"), html);
        assertTrue(html.contains("<td>every other statement</td><td class=\"n\">50</td><td class=\"n\">0.8000</td>"), html);
    }
}
