package org.stance4j.article;


import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the speaker of each quote from the dependency parse: the subject of a speech verb outside
 * the quote ("said", "told", "added", ...) in the quote's sentences or the one just after, or the
 * object of "according to". Names are split from titles ("Justice Minister Marta Kowal") and
 * appositions give roles ("Lena Okafor, director of ..."). Pronouns go to the nearest preceding
 * person (he, she) or group (they); a quote without an attribution that directly follows an
 * attributed one, in the same paragraph or opening the next, continues it. Not thread-safe: one per article.
 */
final class Attributor {
    static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "state", "explain", "note", "warn", "insist",
            "argue", "claim", "declare", "announce", "write", "reply", "respond", "comment", "continue", "conclude",
            "acknowledge", "admit", "stress", "emphasise", "emphasize", "tweet", "post", "caution", "contend", "maintain",
            "remark", "observe", "recall", "predict", "vow", "pledge", "promise", "urge", "complain", "concede", "ask", "retort");
    /** Words of a title before a name, or of a role: "Justice Minister Marta Kowal", "union leader Dario Ferri". */
    static final Set<String> ROLE_WORDS = Set.of("minister", "president", "secretary", "spokesperson", "spokesman",
            "spokeswoman", "director", "chair", "chairman", "chairwoman", "chief", "governor", "mayor", "judge", "senator",
            "commissioner", "ambassador", "general", "prosecutor", "lawyer", "attorney", "ceo", "head", "leader", "officer",
            "official", "analyst", "professor", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prime", "deputy",
            "organiser", "organizer", "founder", "executive", "manager", "economist", "researcher", "scientist", "editor",
            "coach", "captain", "campaigner", "activist", "chancellor", "representative", "rep.", "sen.", "gov.", "councillor",
            "councilor", "inspector", "superintendent", "commander", "envoy", "adviser", "advisor", "negotiator", "steward");
    /** Things that can "say" a quote without being a speaker: a banner read, a sign said. */
    private static final Set<String> OBJECTS = Set.of("banner", "sign", "placard", "poster", "slogan", "graffiti",
            "headline", "leaflet", "t-shirt", "shirt", "flag", "billboard", "note", "letter", "message", "chant");
    private static final Set<String> HE_SHE = Set.of("he", "she", "him", "her");
    private static final Set<String> THEY = Set.of("they", "them");

    private final String text;
    private final List<CoreSentence> sentences;
    private final List<QuoteSpans.Span> quotes;
    private final List<QuoteSpans.Span> paragraphs;

    private Speaker lastPerson;
    private Speaker lastGroup;
    private Speaker previousSpeaker;
    private QuoteSpans.Span previousQuote;
    private int mentionsScannedUpTo;

    Attributor(String text, List<CoreSentence> sentences, List<QuoteSpans.Span> quotes, List<QuoteSpans.Span> paragraphs) {
        this.text = text;
        this.sentences = sentences;
        this.quotes = quotes;
        this.paragraphs = paragraphs;
    }

    /** The speaker of each quote, in order; null where the article names none. */
    List<Speaker> attributeAll() {
        List<Speaker> speakers = new ArrayList<>();
        for (QuoteSpans.Span q : quotes) {
            noteMentionsBefore(q.begin());
            Speaker s = attribute(q);
            speakers.add(s);
            if (s != null) {
                remember(s);
            }
            previousSpeaker = s;
            previousQuote = q;
        }
        return speakers;
    }

    private Speaker attribute(QuoteSpans.Span q) {
        for (CoreSentence sentence : candidates(q)) {
            Speaker s = fromSpeechVerb(sentence, q);
            if (s == null) {
                s = fromAccordingTo(sentence);
            }
            if (s != null) {
                return s == NOBODY ? null : s;
            }
        }
        return continuation(q) ? previousSpeaker : null;
    }

    /** Marks a quote said by a thing (a banner), which has no speaker. */
    private static final Speaker NOBODY = new Speaker("", null, false, false);

    /** The sentences that hold the quote, then the next and the previous one in the same paragraph. */
    private List<CoreSentence> candidates(QuoteSpans.Span q) {
        List<CoreSentence> inside = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < sentences.size(); i++) {
            CoreSentence s = sentences.get(i);
            if (begin(s) < q.end() && end(s) > q.begin()) {
                inside.add(s);
                first = first < 0 ? i : first;
                last = i;
            }
        }
        // the sentence that holds the closing mark first: attributions mostly follow the quote
        inside.sort(Comparator.comparingInt((CoreSentence s) -> end(s) >= q.end() ? 0 : 1));
        int paragraph = QuoteSpans.paragraphOf(paragraphs, q.begin());
        int lastParagraph = QuoteSpans.paragraphOf(paragraphs, Math.max(q.begin(), q.end() - 1));
        if (last >= 0 && last + 1 < sentences.size()
                && QuoteSpans.paragraphOf(paragraphs, begin(sentences.get(last + 1))) == lastParagraph) {
            inside.add(sentences.get(last + 1));
        }
        if (first > 0 && QuoteSpans.paragraphOf(paragraphs, begin(sentences.get(first - 1))) == paragraph) {
            inside.add(sentences.get(first - 1));
        }
        return inside;
    }

    private Speaker fromSpeechVerb(CoreSentence sentence, QuoteSpans.Span q) {
        SemanticGraph graph = sentence.dependencyParse();
        List<IndexedWord> verbs = new ArrayList<>();
        for (IndexedWord w : graph.vertexSet()) {
            if (!inAnyQuote(w) && SPEECH_VERBS.contains(lemma(w))) {
                verbs.add(w);
            }
        }
        verbs.sort(Comparator.comparingInt(w -> distance(w, q)));
        for (IndexedWord verb : verbs) {
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
                String rel = edge.getRelation().getShortName();
                IndexedWord subject = edge.getDependent();
                if ((rel.equals("nsubj") || rel.equals("nsubj:pass")) && !inAnyQuote(subject)) {
                    return OBJECTS.contains(lemma(subject)) ? NOBODY : speaker(graph, subject);
                }
            }
        }
        // "read one banner", "said a sign": a thing as the subject of any verb next to the quote
        for (IndexedWord w : graph.vertexSet()) {
            if (!inAnyQuote(w) && OBJECTS.contains(lemma(w)) && distance(w, q) < 40) {
                return NOBODY;
            }
        }
        return null;
    }

    /** "..., according to Tomas Reyes, a union organiser." */
    private Speaker fromAccordingTo(CoreSentence sentence) {
        SemanticGraph graph = sentence.dependencyParse();
        for (IndexedWord w : graph.vertexSet()) {
            if (!inAnyQuote(w) && w.word().equalsIgnoreCase("according")) {
                IndexedWord head = graph.getParent(w);
                if (head != null && !inAnyQuote(head)) {
                    return speaker(graph, head);
                }
            }
        }
        return null;
    }

    /** The speaker a noun phrase's head names, with pronouns resolved. */
    private Speaker speaker(SemanticGraph graph, IndexedWord head) {
        String word = head.word().toLowerCase(Locale.ROOT);
        if (HE_SHE.contains(word)) {
            return lastPerson;
        }
        if (THEY.contains(word)) {
            return lastGroup != null ? lastGroup : lastPerson;
        }
        if (!isProper(head)) {
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(head)) {
                if (e.getRelation().getShortName().equals("appos") && isProper(e.getDependent())) {
                    // "a government spokesperson, Ana Ruiz, said": the name is in the apposition
                    Speaker named = named(graph, e.getDependent());
                    return new Speaker(named.name(), phrase(graph, head, Set.of("appos", "acl", "acl:relcl", "punct")), true, false);
                }
            }
            return new Speaker(phrase(graph, head, Set.of("appos", "acl", "acl:relcl", "punct")), null, false,
                    head.tag().endsWith("S") || looksCollective(head));
        }
        return named(graph, head);
    }

    /** A proper-noun head: the name, its title words as role, or else its apposition as role. */
    private Speaker named(SemanticGraph graph, IndexedWord head) {
        List<IndexedWord> compound = new ArrayList<>();
        collectCompounds(graph, head, compound);
        compound.sort(Comparator.comparingInt(IndexedWord::index));
        int lastRoleWord = -1;
        for (int i = 0; i < compound.size(); i++) {
            IndexedWord w = compound.get(i);
            if (w != head && (ROLE_WORDS.contains(w.word().toLowerCase(Locale.ROOT)) || !isProper(w))) {
                lastRoleWord = i;
            }
        }
        List<IndexedWord> name = compound.subList(lastRoleWord + 1, compound.size());
        String role = lastRoleWord >= 0 ? span(compound.get(0), compound.get(lastRoleWord)) : null;
        if (role == null) {
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(head)) {
                if (e.getRelation().getShortName().equals("appos")) {
                    role = phrase(graph, e.getDependent(), Set.of("punct"));
                    break;
                }
            }
        }
        return new Speaker(span(name.get(0), name.get(name.size() - 1)), role, true, false);
    }

    private static void collectCompounds(SemanticGraph graph, IndexedWord w, List<IndexedWord> out) {
        out.add(w);
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().getShortName();
            if (rel.equals("compound") || rel.equals("flat") || rel.equals("name")) {
                collectCompounds(graph, e.getDependent(), out);
            }
        }
    }

    /** The text of a head's phrase, leaving out the relations given and their subtrees. */
    private String phrase(SemanticGraph graph, IndexedWord head, Set<String> without) {
        TreeSet<IndexedWord> words = new TreeSet<>(Comparator.comparingInt(IndexedWord::index));
        collect(graph, head, without, words);
        while (words.size() > 1 && isPunct(words.last())) {
            words.pollLast();
        }
        while (words.size() > 1 && isPunct(words.first())) {
            words.pollFirst();
        }
        return span(words.first(), words.last());
    }

    private static void collect(SemanticGraph graph, IndexedWord w, Set<String> without, Set<IndexedWord> out) {
        out.add(w);
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(w)) {
            if (!without.contains(e.getRelation().toString()) && !without.contains(e.getRelation().getShortName())) {
                collect(graph, e.getDependent(), without, out);
            }
        }
    }

    /** The article's own characters from the first word to the last (hyphens and inner punctuation kept). */
    private String span(IndexedWord first, IndexedWord last) {
        return text.substring(first.beginPosition(), last.endPosition()).strip();
    }

    /** A quote with no attribution continues the previous speaker's when nothing else comes between them. */
    private boolean continuation(QuoteSpans.Span q) {
        if (previousQuote == null || previousSpeaker == null) {
            return false;
        }
        int here = QuoteSpans.paragraphOf(paragraphs, q.begin());
        int before = QuoteSpans.paragraphOf(paragraphs, Math.max(previousQuote.begin(), previousQuote.end() - 1));
        if (here == before) {
            return true;
        }
        QuoteSpans.Span paragraph = paragraphs.get(here);
        boolean quoteOpensParagraph = text.substring(paragraph.begin(), q.begin()).isBlank();
        return here == before + 1 && quoteOpensParagraph;
    }

    /** People and groups named as subjects before an offset, for pronouns to refer to. */
    private void noteMentionsBefore(int offset) {
        for (CoreSentence s : sentences) {
            if (begin(s) < mentionsScannedUpTo || begin(s) >= offset) {
                continue;
            }
            SemanticGraph graph = s.dependencyParse();
            List<IndexedWord> subjects = new ArrayList<>();
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                if (e.getRelation().getShortName().startsWith("nsubj") && !inAnyQuote(e.getDependent())) {
                    subjects.add(e.getDependent());
                }
            }
            subjects.sort(Comparator.comparingInt(IndexedWord::index));
            for (IndexedWord subject : subjects) {
                String w = subject.word().toLowerCase(Locale.ROOT);
                if (!HE_SHE.contains(w) && !THEY.contains(w) && !subject.tag().startsWith("PRP")
                        && (isProper(subject) || subject.tag().endsWith("S") || looksCollective(subject))) {
                    remember(speaker(graph, subject));
                }
            }
            mentionsScannedUpTo = end(s);
        }
    }

    private void remember(Speaker s) {
        if (s == null || s == NOBODY) {
            return;
        }
        if (s.person()) {
            lastPerson = s;
        } else if (s.plural()) {
            lastGroup = s;
        }
    }

    private boolean inAnyQuote(IndexedWord w) {
        for (QuoteSpans.Span q : quotes) {
            if (q.contains(w.beginPosition())) {
                return true;
            }
        }
        return false;
    }

    private static int distance(IndexedWord w, QuoteSpans.Span q) {
        return w.beginPosition() >= q.end() ? w.beginPosition() - q.end() : Math.max(0, q.begin() - w.endPosition());
    }

    private static boolean isProper(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("NNP");
    }

    private static boolean isPunct(IndexedWord w) {
        return w.word().chars().noneMatch(Character::isLetterOrDigit);
    }

    /** Bodies that "they" can refer to even in the singular: the union, the government. */
    private static boolean looksCollective(IndexedWord w) {
        return Set.of("union", "government", "ministry", "group", "coalition", "committee", "council", "party", "company",
                "police", "court", "board", "federation", "association", "organisation", "organization", "team", "club")
                .contains(lemma(w));
    }

    private static String lemma(IndexedWord w) {
        String lemma = w.lemma();
        return (lemma == null ? w.word() : lemma).toLowerCase(Locale.ROOT);
    }

    private static int begin(CoreSentence s) {
        return s.charOffsets().first();
    }

    private static int end(CoreSentence s) {
        return s.charOffsets().second();
    }
}
