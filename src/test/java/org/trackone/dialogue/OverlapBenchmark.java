package org.trackone.dialogue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.trackone.dialogue.OverlapEvaluationTest.EvaluationSet;
import org.trackone.dialogue.internal.LanguageAnalysis;
import org.trackone.dialogue.internal.OverlapDetector;
import org.trackone.dialogue.internal.TopicCatalogueSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Times the overlap report for a plenary of 57 delegations x 2 perspectives of about
 * 3,000 words each, in the five languages in turn, made of the evaluation set's sentences
 * in a fixed pseudo-random order. Run by {@code bench/overlap}; not a test.
 */
public final class OverlapBenchmark {

    static final int DELEGATIONS = 57;
    static final int WORDS = 3_000;

    public static void main(String[] args) throws Exception {
        EvaluationSet set;
        try (InputStream in = OverlapBenchmark.class.getResourceAsStream("/dialogue/overlap-evaluation.yaml")) {
            set = YAMLMapper.builder().build().readValue(in, EvaluationSet.class);
        }
        Map<String, List<String>> sentences = new HashMap<>();
        set.meetings().forEach(m -> m.perspectives().forEach(p -> sentences
                .computeIfAbsent(p.language(), k -> new ArrayList<>())
                .addAll(Arrays.asList(p.text().split("(?<=[.。])\\s*")))));
        LanguageAnalysis analysis = new LanguageAnalysis();
        Random random = new Random(1993);
        List<OverlapDetector.Text> texts = new ArrayList<>();
        long words = 0;
        for (int i = 0; i < DELEGATIONS * 2; i++) {
            String language = LanguageAnalysis.LANGUAGES.get(i % LanguageAnalysis.LANGUAGES.size());
            List<String> pool = sentences.get(language);
            StringBuilder text = new StringBuilder();
            int count = 0;
            while (count < WORDS) {
                String sentence = pool.get(random.nextInt(pool.size()));
                text.append(sentence).append(' ');
                count += analysis.terms(language, sentence).size();
            }
            words += count;
            texts.add(new OverlapDetector.Text("P" + i, language, text.toString(), List.of()));
        }
        OverlapDetector detector = new OverlapDetector(analysis);
        TopicCatalogue catalogue = TopicCatalogueSource.read();
        for (int i = 0; i < 3; i++) {
            detector.detect(texts, catalogue);
        }
        List<Long> times = new ArrayList<>();
        OverlapReport report = null;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            report = detector.detect(texts, catalogue);
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        times.sort(null);
        Map<String, Long> perLanguage = new java.util.TreeMap<>();
        for (OverlapDetector.Text text : texts) {
            long start = System.nanoTime();
            analysis.tokens(text.language(), text.text());
            perLanguage.merge(text.language(), (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
        System.out.println("analysis alone, one thread, ms per language: " + perLanguage);
        System.out.printf(Locale.ROOT, "overlap report, %d perspectives, %,d analysed terms in all: median %d ms, "
                + "slowest %d ms of 10 runs (target < 2000 ms); %d recurring topics%n", texts.size(), words,
                times.get(times.size() / 2), times.getLast(), report.overlapping().size());
    }
}
