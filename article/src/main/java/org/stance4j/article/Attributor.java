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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            "councilor", "inspector", "superintendent", "commander", "envoy", "adviser", "advisor", "negotiator", "steward",
            "justice", "rector", "dean", "provost", "principal", "headteacher", "bishop", "archbishop", "cardinal", "pastor",
            "reverend", "rabbi", "imam", "king", "queen", "prince", "princess", "sheikh", "sir", "dame", "lord", "lady",
            "colonel", "major", "lieutenant", "sergeant", "admiral", "constable", "detective", "sheriff", "marshal",
            "magistrate", "coroner", "auditor", "treasurer", "registrar", "vice", "acting", "interim", "former", "premier",
            "mp", "mep", "congressman", "congresswoman", "alderman", "speaker", "whip", "trainer", "chairperson",
            "prof", "prof.", "gen.", "col.", "lt.", "sgt.", "capt.", "rev.", "doctor", "nurse", "surgeon", "physician");
    /** Things that can "say" a quote without being a speaker: a banner read, a sign said. */
    private static final Set<String> OBJECTS = Set.of("banner", "sign", "placard", "poster", "slogan", "graffiti",
            "headline", "leaflet", "t-shirt", "shirt", "flag", "billboard", "note", "letter", "message", "chant");
    /** Relations whose subtrees are not part of a speaker's noun phrase. */
    private static final Set<String> NOT_IN_PHRASE = Set.of("appos", "acl", "acl:relcl", "punct", "ref");
    /** The same, for a role before a name, which the parser may attach as "dep". */
    private static final Set<String> ROLE_PHRASE = Set.of("appos", "acl", "acl:relcl", "punct", "ref", "dep");
    /** Nouns by which an article refers back to an organisation it named: "the company said". */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("company", "firm", "agency", "ministry", "department",
            "group", "carmaker", "operator", "organisation", "organization", "union", "federation", "association",
            "council", "commission", "authority", "bank", "airline", "club", "charity", "university", "hospital", "government",
            "platform");
    /** Words that make a proper name an organisation's rather than a person's. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("ministry", "department", "office", "agency", "federation",
            "union", "association", "council", "committee", "commission", "authority", "government", "party", "company",
            "motors", "group", "bank", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "institute", "university", "service",
            "services", "wire", "news", "network", "foundation", "league", "fund", "court", "police", "board", "club",
            "coalition", "organisation", "organization", "watch", "international", "parliament", "assembly", "airlines",
            "herald", "times", "post", "journal", "tribune", "gazette", "radio", "television", "tv", "press", "media");
    /** Verbs of many voices at once, whose quotes have no single speaker. */
    private static final Set<String> CROWD_VERBS = Set.of("chant", "sing");
    /** "someone had written": a quote whose writer the article does not know. */
    private static final Set<String> INDEFINITE = Set.of("someone", "somebody", "anyone", "anybody", "nobody", "unknown");
    private static final Set<String> HE_SHE = Set.of("he", "she", "him", "her");
    private static final Set<String> THEY = Set.of("they", "them");

    private final String text;
    private final List<CoreSentence> sentences;
    private final List<QuoteSpans.Span> quotes;
    private final List<QuoteSpans.Span> paragraphs;

    private Speaker previousSpeaker;
    private QuoteSpans.Span previousQuote;
    private int mentionsScannedUpTo;
    private final Mentions mentions = new Mentions();

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
            if (!inAnyQuote(w) && (SPEECH_VERBS.contains(lemma(w)) || CROWD_VERBS.contains(lemma(w)))) {
                verbs.add(w);
            }
        }
        verbs.sort(Comparator.comparingInt(w -> distance(w, q)));
        if (!verbs.isEmpty() && CROWD_VERBS.contains(lemma(verbs.get(0)))) {
            return NOBODY; // "a crowd chanted ...": voices, not a speaker
        }
        for (IndexedWord verb : verbs) {
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
                String rel = edge.getRelation().getShortName();
                IndexedWord subject = edge.getDependent();
                // only the active subject: "the result was announced" names what was said, not who said it
                if (rel.equals("nsubj") && !inAnyQuote(subject)) {
                    if (isRelativePronoun(subject)) {
                        // "Femi Adeyemi, a truck driver, who said ...": the antecedent, when the parse gives it
                        IndexedWord antecedent = antecedent(graph, verb);
                        if (antecedent == null) {
                            continue;
                        }
                        subject = antecedent;
                    }
                    return OBJECTS.contains(lemma(subject)) || INDEFINITE.contains(lemma(subject)) ? NOBODY : speaker(graph, subject);
                }
            }
            Speaker inverted = invertedSubject(graph, verb, q);
            if (inverted != null) {
                return inverted;
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

    /**
     * "'...,' said Erling Faust": after a quote the parser sometimes takes the inverted subject for
     * an object (and a pronoun inside the quote for the subject).
     */
    private Speaker invertedSubject(SemanticGraph graph, IndexedWord verb, QuoteSpans.Span q) {
        // only right after the closing mark: "Mayor Dieter Holm told the Herald" has its subject before the verb
        if (verb.beginPosition() < q.end() || text.substring(q.end(), verb.beginPosition()).chars().anyMatch(Character::isLetterOrDigit)) {
            return null;
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            IndexedWord object = edge.getDependent();
            if (edge.getRelation().getShortName().equals("obj") && object.index() > verb.index() && !inAnyQuote(object)
                    && (isProper(object) || object.tag().startsWith("NN"))) {
                return speaker(graph, object);
            }
        }
        return null;
    }

    /** Whether the subject of {@code verb} is somebody who may speak next: the subject of a speech verb or of the main clause. */
    private static boolean speaks(SemanticGraph graph, IndexedWord verb) {
        return verb != null && (SPEECH_VERBS.contains(lemma(verb)) || graph.getRoots().contains(verb));
    }

    /** "The authority's director, Agnes Lund-Perrin, welcomed": a common noun with a name after it. */
    private static boolean hasName(SemanticGraph graph, IndexedWord head) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(head)) {
            String rel = e.getRelation().getShortName();
            if ((rel.equals("appos") || rel.equals("dep")) && isProper(e.getDependent()) && e.getDependent().index() > head.index()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRelativePronoun(IndexedWord w) {
        return w.tag() != null && (w.tag().equals("WP") || w.tag().equals("WDT"));
    }

    private static IndexedWord antecedent(SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            // "Halvard, who had said ..., took": the parser may attach the relative clause as "dep"
            if (rel.startsWith("acl") || rel.equals("dep") && isProper(e.getGovernor())) {
                return e.getGovernor();
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

    /** The speaker a noun phrase's head names, with pronouns resolved and surnames completed. */
    private Speaker speaker(SemanticGraph graph, IndexedWord head) {
        Speaker s = speakerAsWritten(graph, head);
        return s == null || !s.person() || s.name().contains(" ") ? s : fullName(s);
    }

    private boolean hasAge(SemanticGraph graph, IndexedWord head) {
        return AGE.matcher(phrase(graph, head, NOT_IN_PHRASE)).find();
    }

    private static final Pattern AGE = Pattern.compile("\\b\\d+-year-old\\b");
    /** Capitalised words before a surname that are not a first name. */
    private static final Set<String> NOT_FIRST_NAMES = Set.of("the", "a", "an", "in", "on", "at", "by", "for", "of", "and",
            "but", "when", "while", "after", "before", "as", "with", "to", "from", "said", "says", "outside", "inside",
            "despite", "during", "meanwhile", "however", "earlier", "later", "since", "under", "across", "near", "beyond");

    /** "Chatterly, which says it has ...": a name that takes "which" is a thing, not a person. */
    private static boolean introducesWhich(SemanticGraph graph, IndexedWord head) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(head)) {
            if (e.getRelation().toString().startsWith("acl")) {
                for (IndexedWord w : graph.getChildren(e.getDependent())) {
                    if (w.word().equalsIgnoreCase("which") && w.index() > head.index()) {
                        return true;
                    }
                }
            }
            if (e.getRelation().toString().equals("ref") && e.getDependent().word().equalsIgnoreCase("which")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDefiniteArticle(SemanticGraph graph, IndexedWord head) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(head)) {
            if (e.getRelation().getShortName().equals("det") && e.getDependent().word().equalsIgnoreCase("the")
                    || e.getRelation().toString().equals("nmod:poss")) {
                return true; // "the president", "the authority's president"
            }
        }
        return false;
    }

    /**
     * "Sorokina warned": the person named in full earlier whose name ends so, as a speaker or else
     * anywhere in the article before ("sacked coach Mirko Halvard").
     */
    private Speaker fullName(Speaker surnameOnly) {
        Speaker earlier = mentions.personWithSurname(surnameOnly.name());
        if (earlier != null) {
            return surnameOnly.role() == null ? earlier : new Speaker(earlier.name(), surnameOnly.role(), true, false);
        }
        Matcher m = Pattern.compile("((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,2})" + Pattern.quote(surnameOnly.name()) + "\\b").matcher(text);
        while (m.find()) {
            List<String> given = new ArrayList<>(List.of(m.group(1).strip().split("\\s+")));
            given.removeIf(w -> ROLE_WORDS.contains(w.toLowerCase(Locale.ROOT)) || w.endsWith("'s") || w.endsWith("’s"));
            while (given.size() > 1) {
                given.remove(0); // "Team captain Luka": keep the word next to the surname
            }
            if (!given.isEmpty() && !NOT_FIRST_NAMES.contains(given.get(0).toLowerCase(Locale.ROOT))) {
                return new Speaker(given.get(0) + " " + surnameOnly.name(), surnameOnly.role(), true, false);
            }
        }
        return surnameOnly;
    }

    private Speaker speakerAsWritten(SemanticGraph graph, IndexedWord head) {
        String word = head.word().toLowerCase(Locale.ROOT);
        if (HE_SHE.contains(word)) {
            return mentions.nearestPerson(word.equals("he") || word.equals("him") ? FirstNameGenders.Gender.MALE : FirstNameGenders.Gender.FEMALE);
        }
        if (THEY.contains(word)) {
            return mentions.nearestGroup();
        }
        if (!isProper(head) && ORGANISATION_NOUNS.contains(lemma(head)) && hasDefiniteArticle(graph, head)
                && graph.outgoingEdgeList(head).stream().noneMatch(e -> e.getRelation().getShortName().startsWith("nmod")
                        || e.getRelation().getShortName().equals("amod") || e.getRelation().getShortName().equals("compound"))) {
            // "the agency said": the organisation named last whose name has that word
            Speaker named = mentions.organisationCalled(lemma(head), ORGANISATION_WORDS);
            if (named != null) {
                return named;
            }
        }
        if (!isProper(head) && hasDefiniteArticle(graph, head) && hasAge(graph, head)) {
            // "the 31-year-old midfielder told ...": the person last named
            Speaker nearest = mentions.nearestPerson(FirstNameGenders.Gender.UNKNOWN);
            if (nearest != null) {
                return nearest;
            }
        }
        if (!isProper(head) && ROLE_WORDS.contains(lemma(head)) && hasDefiniteArticle(graph, head)) {
            // "the minister said": the person last introduced with that title
            Speaker titled = mentions.personWithRole(lemma(head));
            if (titled != null) {
                return titled;
            }
        }
        if (!isProper(head)) {
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(head)) {
                String rel = e.getRelation().getShortName();
                if ((rel.equals("appos") || rel.equals("dep")) && isProper(e.getDependent())
                        && e.getDependent().index() > head.index()) {
                    // "a government spokesperson, Ana Ruiz, said", "its founder Leona Haverkamp said": the name follows the role
                    Speaker named = named(graph, e.getDependent());
                    return new Speaker(named.name(), phrase(graph, head, ROLE_PHRASE), true, false);
                }
            }
            return new Speaker(phrase(graph, head, NOT_IN_PHRASE), null, false,
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
        for (int i = 0; i < compound.indexOf(head); i++) {
            IndexedWord w = compound.get(i);
            if (w != head && (ROLE_WORDS.contains(w.word().toLowerCase(Locale.ROOT)) || !isNamePart(w))) {
                lastRoleWord = i;
            }
        }
        List<IndexedWord> name = new ArrayList<>(compound.subList(lastRoleWord + 1, compound.size()));
        // "Outside Lumora's headquarters": a capitalised first word of a sentence that no name starts with
        while (name.size() > 1 && name.get(0) != head && NOT_FIRST_NAMES.contains(name.get(0).word().toLowerCase(Locale.ROOT))) {
            name.remove(0);
        }
        int headAt = name.indexOf(head);
        // after the head only more of the name: not an age ("Agnes Brule, 67")
        for (int i = name.size() - 1; i > headAt && !isProper(name.get(i)); i--) {
            name.remove(i);
        }
        String role = lastRoleWord >= 0 ? span(compound.get(0), compound.get(lastRoleWord)) : null;
        if (role == null) {
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(head)) {
                if (e.getRelation().getShortName().equals("appos")) {
                    role = phrase(graph, e.getDependent(), Set.of("punct"));
                    break;
                }
            }
        }
        boolean organisation = name.stream().anyMatch(w -> ORGANISATION_WORDS.contains(w.word().toLowerCase(Locale.ROOT)))
                || introducesWhich(graph, head);
        IndexedWord last = name.get(name.size() - 1);
        if (organisation) {
            // "the Asterran Ministry of Economy": an organisation's name goes on with "of" and a proper noun
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(head)) {
                if (e.getRelation().toString().equals("nmod:of") && isProper(e.getDependent())
                        && e.getDependent().index() > last.index()) {
                    last = e.getDependent();
                }
            }
        }
        Speaker named = new Speaker(span(name.get(0), last), role, !organisation, organisation);
        if (organisation) {
            mentions.rememberOrganisation(new Speaker(named.name(), role, false, true));
        }
        return named;
    }

    private void collectCompounds(SemanticGraph graph, IndexedWord w, List<IndexedWord> out) {
        if (out.contains(w) || !out.isEmpty() && inAnyQuote(w)) {
            return; // the enhanced graph can have cycles
        }
        out.add(w);
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().getShortName();
            // amod for titles: "Orvane chief executive Linnea Strand", "Russian Foreign Ministry spokesperson Irina Volkova"
            boolean possessiveName = e.getRelation().toString().equals("nmod:poss") && isProper(e.getDependent()); // "Parents' Association"
            if (rel.equals("compound") || rel.equals("flat") || rel.equals("name") || rel.equals("amod") || possessiveName) {
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
        if (!out.add(w)) {
            return; // the enhanced graph can have cycles
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(w)) {
            if (!without.contains(e.getRelation().toString()) && !without.contains(e.getRelation().getShortName())) {
                collect(graph, e.getDependent(), without, out);
            }
        }
    }

    /** The article's own characters from the first word to the last (hyphens and inner punctuation kept). */
    private String span(IndexedWord first, IndexedWord last) {
        int begin = first.beginPosition();
        // "Trans-Kestrian Railways": the tokeniser may split a hyphenated first word
        while (begin > 1 && text.charAt(begin - 1) == '-' && Character.isLetter(text.charAt(begin - 2))) {
            begin -= 2;
            while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
                begin--;
            }
        }
        return text.substring(begin, last.endPosition()).strip();
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
                String rel = e.getRelation().getShortName();
                // "two crane operators who asked not to be named said ...", which the parser may get backwards;
                // a named object ("told the Northgate Herald") is the listener, not a speaker
                boolean speechObject = rel.equals("obj") && SPEECH_VERBS.contains(lemma(e.getGovernor()))
                        && e.getDependent().tag().equals("NNS");
                // a common noun is somebody who may speak again only as the subject of a speech verb or of the
                // main clause: not "the tariffs" in "about what the tariffs would mean"
                boolean speakerLike = isProper(e.getDependent()) || speaks(graph, e.getGovernor());
                if ((rel.startsWith("nsubj") && speakerLike || speechObject) && !inAnyQuote(e.getDependent())) {
                    subjects.add(e.getDependent());
                }
            }
            subjects.sort(Comparator.comparingInt(IndexedWord::index));
            for (IndexedWord subject : subjects) {
                if (isRelativePronoun(subject)) {
                    IndexedWord governor = graph.getParent(subject);
                    subject = governor == null ? null : antecedent(graph, governor);
                    if (subject == null) {
                        continue;
                    }
                }
                String w = subject.word().toLowerCase(Locale.ROOT);
                if (!HE_SHE.contains(w) && !THEY.contains(w) && !subject.tag().startsWith("PRP")
                        && (isProper(subject) || subject.tag().endsWith("S") || looksCollective(subject) || hasName(graph, subject)
                            || ROLE_WORDS.contains(lemma(subject)) && hasDefiniteArticle(graph, subject))) {
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
        mentions.remember(s);
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

    /** A word of a name: a proper noun or a capitalised adjective inside a sentence ("Calvrian", "Russian"). */
    private static boolean isNamePart(IndexedWord w) {
        return isProper(w) || w.tag() != null && w.tag().startsWith("JJ") && w.index() > 1
                && Character.isUpperCase(w.word().codePointAt(0));
    }

    /** A proper noun, or a capitalised noun inside a sentence that the tagger took for a common one ("Linnea Strand"). */
    private static boolean isProper(IndexedWord w) {
        if (w.tag() == null) {
            return false;
        }
        return w.tag().startsWith("NNP")
                || w.tag().startsWith("NN") && w.index() > 1 && Character.isUpperCase(w.word().codePointAt(0));
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
