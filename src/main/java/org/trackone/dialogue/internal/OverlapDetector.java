package org.trackone.dialogue.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.trackone.dialogue.OverlapReport;
import org.trackone.dialogue.OverlapReport.Coverage;
import org.trackone.dialogue.OverlapReport.TopicOverlap;
import org.trackone.dialogue.TopicCatalogue;
import org.trackone.dialogue.TopicCatalogue.Topic;
import org.trackone.dialogue.internal.LanguageAnalysis.Token;

/**
 * Finds the topics of the catalogue that recur across perspectives written in different
 * languages. Each perspective's text, and each topic's words in that perspective's
 * language, go through the same Lucene analyzer, so inflected and compound forms meet
 * ("missiles", "미사일을", "ракетных"). A perspective covers a topic when it names the
 * topic at least {@value #MIN_MENTIONS} times, or lists it among its topics and names it
 * at least once. A topic overlaps when at least half of the perspectives (and at least
 * two) cover it.
 */
@Component
public class OverlapDetector {

    static final int MIN_MENTIONS = 2;
    static final int MAX_PASSAGES = 3;

    private final LanguageAnalysis analysis;

    public OverlapDetector(LanguageAnalysis analysis) {
        this.analysis = analysis;
    }

    /** A perspective as the detector reads it. */
    public record Text(String key, String language, String text, List<String> declaredTopics) {
    }

    public static int threshold(int perspectives) {
        return Math.max(2, (perspectives + 1) / 2);
    }

    public OverlapReport detect(List<Text> texts, TopicCatalogue catalogue) {
        Map<String, Map<String, List<List<String>>>> termsByLanguage = new HashMap<>();
        for (Text text : texts) {
            termsByLanguage.computeIfAbsent(text.language(), language -> analysedTerms(catalogue, language));
        }
        // Analysis is most of the work, and each perspective is analysed on its own: in parallel.
        List<List<Coverage>> perText = texts.parallelStream()
                .map(text -> cover(text, catalogue, termsByLanguage.get(text.language()))).toList();
        Map<String, List<Coverage>> byTopic = new HashMap<>();
        for (int t = 0; t < texts.size(); t++) {
            List<Coverage> coverage = perText.get(t);
            for (int k = 0; k < catalogue.topics().size(); k++) {
                if (coverage.get(k) != null) {
                    byTopic.computeIfAbsent(catalogue.topics().get(k).id(), id -> new ArrayList<>()).add(coverage.get(k));
                }
            }
        }
        List<TopicOverlap> all = new ArrayList<>();
        for (Topic topic : catalogue.topics()) {
            all.add(new TopicOverlap(topic.id(), topic.label(), byTopic.getOrDefault(topic.id(), List.of())));
        }
        int threshold = threshold(texts.size());
        Comparator<TopicOverlap> widest = Comparator.comparingInt(TopicOverlap::count).reversed()
                .thenComparing(TopicOverlap::topic);
        return new OverlapReport(texts.size(), threshold,
                all.stream().filter(t -> t.count() >= threshold).sorted(widest).toList(),
                all.stream().filter(t -> t.count() > 0 && t.count() < threshold).sorted(widest).toList());
    }

    /** How one perspective covers each topic of the catalogue, in catalogue order; null where it does not. */
    private List<Coverage> cover(Text text, TopicCatalogue catalogue, Map<String, List<List<String>>> terms) {
        List<Token> tokens = analysis.tokens(text.language(), text.text());
        Set<String> declared = declaredTopics(text, terms);
        List<Coverage> coverage = new ArrayList<>();
        for (Topic topic : catalogue.topics()) {
            List<Token> hits = find(tokens, terms.getOrDefault(topic.id(), List.of()));
            boolean isDeclared = declared.contains(topic.id());
            coverage.add(hits.size() >= MIN_MENTIONS || (isDeclared && !hits.isEmpty())
                    ? new Coverage(text.key(), hits.size(), isDeclared, passages(text, hits)) : null);
        }
        return coverage;
    }

    /** Each topic's words in one language, as term sequences. */
    private Map<String, List<List<String>>> analysedTerms(TopicCatalogue catalogue, String language) {
        Map<String, List<List<String>>> terms = new HashMap<>();
        for (Topic topic : catalogue.topics()) {
            List<List<String>> sequences = new ArrayList<>();
            for (String words : topic.terms().getOrDefault(language, List.of())) {
                List<String> sequence = analysis.terms(language, words);
                if (!sequence.isEmpty()) {
                    sequences.add(sequence);
                }
            }
            terms.put(topic.id(), sequences);
        }
        return terms;
    }

    /** The catalogue topics a perspective's own list of topics names. */
    private Set<String> declaredTopics(Text text, Map<String, List<List<String>>> terms) {
        Set<String> declared = new LinkedHashSet<>();
        for (String topic : text.declaredTopics()) {
            List<Token> tokens = analysis.tokens(text.language(), topic);
            terms.forEach((id, sequences) -> {
                if (!find(tokens, sequences).isEmpty()) {
                    declared.add(id);
                }
            });
        }
        return declared;
    }

    /** Every place where one of the sequences occurs in the tokens, without overlaps. */
    static List<Token> find(List<Token> tokens, List<List<String>> sequences) {
        List<Token> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (List<String> sequence : sequences) {
                if (matchesAt(tokens, i, sequence) && sequence.size() > matched) {
                    matched = sequence.size();
                }
            }
            if (matched > 0) {
                hits.add(new Token(tokens.get(i).term(), tokens.get(i).start(), tokens.get(i + matched - 1).end()));
                i += matched;
            } else {
                i++;
            }
        }
        return hits;
    }

    private static boolean matchesAt(List<Token> tokens, int at, List<String> sequence) {
        if (at + sequence.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < sequence.size(); k++) {
            if (!tokens.get(at + k).term().equals(sequence.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The sentences holding the first few hits, each once: one walk through the sentences, in step with the hits. */
    private static List<String> passages(Text text, List<Token> hits) {
        Set<String> passages = new LinkedHashSet<>();
        if (hits.isEmpty()) {
            return List.of();
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.forLanguageTag(text.language()));
        sentences.setText(text.text());
        int sentenceStart = sentences.first();
        int sentenceEnd = sentences.next();
        for (Token hit : hits) {
            while (sentenceEnd != BreakIterator.DONE && sentenceEnd <= hit.start()) {
                sentenceStart = sentenceEnd;
                sentenceEnd = sentences.next();
            }
            int end = sentenceEnd == BreakIterator.DONE ? text.text().length() : sentenceEnd;
            passages.add(text.text().substring(sentenceStart, end).strip());
            if (passages.size() == MAX_PASSAGES || sentenceEnd == BreakIterator.DONE) {
                break;
            }
        }
        return List.copyOf(passages);
    }
}
