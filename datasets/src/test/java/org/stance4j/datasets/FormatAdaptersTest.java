package org.stance4j.datasets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.model.InvalidDataException;
import org.stance4j.model.Stance;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
                + "1\tAtheism\tHe said \"pray\" \u2019cause #Collected16\tAGAINST\tTARGET\tNEGATIVE\r\n"
                + "2\tAtheism\tNo gods, no masters #Collected16\tFAVOR\tTARGET\tPOSITIVE\r\n"
                + "3\tAtheism\tSunday lunch #brunch#Collected16\tNONE\tOTHER\tNEUTRAL\r\n", Charset.forName("windows-1252"));
        Dataset d = DatasetReader.read(p, DataFormat.SEMEVAL2016);
        assertEquals(3, d.size());
        assertEquals("He said \"pray\" \u2019cause", d.statements().get(0).text(), "the tag ending every tweet is dropped");
        assertEquals("Sunday lunch #brunch", d.statements().get(2).text());
        assertEquals(Map.of(Stance.SUPPORTIVE, 1L, Stance.CONDEMNING, 1L, Stance.NEUTRAL, 1L), d.labelCounts());
        assertEquals("Atheism", d.statements().get(0).event());
    }

    @Test
    void aTagThatOnlySomeTweetsEndWithIsContent() throws Exception {
        Path p = dir.resolve("semeval-tags.txt");
        Files.writeString(p, "ID\tTarget\tTweet\tStance\r\n"
                + "1\tAtheism\tPray for rain #faith\tAGAINST\r\n"
                + "2\tAtheism\tKeep the faith #faithful\tAGAINST\r\n"
                + "3\tAtheism\tNo gods #faith\tFAVOR\r\n", Charset.forName("windows-1252"));
        Dataset d = DatasetReader.read(p, DataFormat.SEMEVAL2016);
        assertEquals("Pray for rain #faith", d.statements().get(0).text());
        assertEquals("Keep the faith #faithful", d.statements().get(1).text());
        Path one = dir.resolve("semeval-one.txt");
        Files.writeString(one, "ID\tTarget\tTweet\tStance\r\n1\tAtheism\tPray #faith\tAGAINST\r\n", Charset.forName("windows-1252"));
        assertEquals("Pray #faith", DatasetReader.read(one, DataFormat.SEMEVAL2016).statements().get(0).text(),
                "one tweet alone says nothing about a corpus marker");
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
        // a synthetic neutral row pairs the comment with another comment's topic, found only in topic_str
        Files.writeString(vast, "post,new_topic,label,type_idx,topic_str\n\"Guns, guns\",gun control,1,1,gun control\n"
                + "\"Guns, guns\",gun control,2,4,school lunch\n");
        v = DatasetReader.read(vast, DataFormat.VAST);
        assertEquals("gun control", v.statements().get(0).event());
        assertEquals("school lunch", v.statements().get(1).event());
        Files.writeString(vast, "post,new_topic,label,type_idx\nGuns,gun control,2,4\n");
        InvalidDataException noTopic = assertThrows(InvalidDataException.class, () -> DatasetReader.read(vast, DataFormat.VAST));
        assertTrue(noTopic.getMessage().contains("vast.csv:2: ") && noTopic.getMessage().contains("'topic_str', which the header lacks"),
                noTopic.getMessage());
        Path emergent = dir.resolve("emergent.csv");
        Files.writeString(emergent, "claimid,claimheadline,articleid,articleheadline,articleheadlinestance\nc1,Claim,a1,Headline,observing\nc1,Claim,a2,Other,against\n");
        Dataset e = DatasetReader.read(emergent, DataFormat.EMERGENT);
        assertEquals(Stance.NEUTRAL, e.statements().get(0).stance());
        assertEquals("a2", e.statements().get(1).id());
        Files.writeString(emergent, "claimid,claimheadline,articleid,articleheadline,articleheadlinestance\nc1,Claim,a1,Headline,maybe\n");
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
        // the corpus marker: the last word of the first tweet, which every tweet of the file ends with
        String firstTweet = Files.readAllLines(SharedCorpora.file("semeval2016/trainingdata-all-annotations.txt"),
                Charset.forName("windows-1252")).get(1).split("\t")[2].strip();
        String marker = firstTweet.substring(firstTweet.lastIndexOf('#'));
        assertTrue(marker.length() > 1);
        assertFalse(train.statements().stream().anyMatch(s -> s.text().contains(marker)));
        assertEquals(firstTweet.substring(0, firstTweet.length() - marker.length()).strip(), train.statements().get(0).text());
    }

    @Test
    void readsTheSharedVastAndEmergentFiles() throws Exception {
        assertEquals(2071, DatasetReader.read(SharedCorpora.file("emergent/emergent_train.csv"), DataFormat.EMERGENT).size());
        Dataset dev = DatasetReader.read(SharedCorpora.file("vast/vast_dev.csv"), DataFormat.VAST);
        assertEquals(2062, dev.size());
        // every synthetic neutral row (672 of them) names a topic that its comment's other rows do not
        Map<String, Set<String>> sidedTopics = new HashMap<>();
        dev.statements().stream().filter(s -> s.stance() != Stance.NEUTRAL)
                .forEach(s -> sidedTopics.computeIfAbsent(s.text(), t -> new HashSet<>()).add(s.event()));
        long neutralTowardASidedTopic = dev.statements().stream()
                .filter(s -> s.stance() == Stance.NEUTRAL && sidedTopics.getOrDefault(s.text(), Set.of()).contains(s.event()))
                .count();
        assertEquals(0, neutralTowardASidedTopic);
    }
}
