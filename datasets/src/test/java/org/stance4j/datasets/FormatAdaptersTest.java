package org.stance4j.datasets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.model.InvalidDataException;
import org.stance4j.model.Stance;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatAdaptersTest {
    @TempDir
    Path dir;

    @Test
    void semevalIsTabSeparatedWindows1252WithBareQuotes() throws Exception {
        Path p = dir.resolve("semeval.txt");
        Files.writeString(p, "ID\tTarget\tTweet\tStance\tOpinion towards\tSentiment\r\n"
                + "1\tAtheism\tHe said \"pray\" \u2019cause #SemST\tAGAINST\tTARGET\tNEGATIVE\r\n"
                + "2\tAtheism\tNo gods, no masters #SemST\tFAVOR\tTARGET\tPOSITIVE\r\n"
                + "3\tAtheism\tSunday lunch #SemST\tNONE\tOTHER\tNEUTRAL\r\n", Charset.forName("windows-1252"));
        Dataset d = DatasetReader.read(p, DataFormat.SEMEVAL2016);
        assertEquals(3, d.size());
        assertEquals("He said \"pray\" \u2019cause", d.statements().get(0).text());
        assertEquals(Map.of(Stance.SUPPORTIVE, 1L, Stance.CONDEMNING, 1L, Stance.NEUTRAL, 1L), d.labelCounts());
        assertEquals("Atheism", d.statements().get(0).event());
    }

    @Test
    void vastAndEmergentMapTheirColumnsAndLabels() throws Exception {
        Path vast = dir.resolve("vast.csv");
        Files.writeString(vast, "author,post,ori_topic,new_topic,label,new_id\nx,\"Guns, guns\",guns,gun control,1,7\ny,meh,guns,gun control,2,8\n");
        Dataset v = DatasetReader.read(vast, DataFormat.VAST);
        assertEquals("gun control", v.statements().get(0).event());
        assertEquals("Guns, guns", v.statements().get(0).text());
        assertEquals(Stance.SUPPORTIVE, v.statements().get(0).stance());
        assertEquals(Stance.NEUTRAL, v.statements().get(1).stance());
        Path emergent = dir.resolve("emergent.csv");
        Files.writeString(emergent, "claimId,claimHeadline,articleId,articleHeadline,articleHeadlineStance\nc1,Claim,a1,Headline,observing\nc1,Claim,a2,Other,against\n");
        Dataset e = DatasetReader.read(emergent, DataFormat.EMERGENT);
        assertEquals(Stance.NEUTRAL, e.statements().get(0).stance());
        assertEquals("a2", e.statements().get(1).id());
        Files.writeString(emergent, "claimId,claimHeadline,articleId,articleHeadline,articleHeadlineStance\nc1,Claim,a1,Headline,maybe\n");
        InvalidDataException bad = assertThrows(InvalidDataException.class, () -> DatasetReader.read(emergent, DataFormat.EMERGENT));
        assertTrue(bad.getMessage().contains("unknown label 'maybe' (accepted: for, against, observing)"), bad.getMessage());
    }

    @Test
    void readsTheSharedSemevalFiles() throws Exception {
        Dataset train = DatasetReader.read(SharedCorpora.file("semeval2016/trainingdata-all-annotations.txt"), DataFormat.SEMEVAL2016);
        Dataset trial = DatasetReader.read(SharedCorpora.file("semeval2016/trialdata-all-annotations.txt"), DataFormat.SEMEVAL2016);
        assertEquals(2814, train.size());
        assertEquals(100, trial.size());
        assertEquals(5, train.eventCounts().size());
        assertFalse(train.statements().stream().anyMatch(s -> s.text().contains("#SemST")));
    }

    @Test
    void readsTheSharedVastAndEmergentFiles() throws Exception {
        assertEquals(2071, DatasetReader.read(SharedCorpora.file("emergent/emergent_train.csv"), DataFormat.EMERGENT).size());
        Dataset dev = DatasetReader.read(SharedCorpora.file("vast/vast_dev.csv"), DataFormat.VAST);
        assertEquals(2062, dev.size());
    }
}
