package org.trackone.dialogue.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.springframework.stereotype.Component;

/**
 * Turns text into the terms Lucene's analyzer for its language makes of it: English and
 * Russian stemmed (Porter, Snowball), Korean decomposed by Nori, Japanese segmented by
 * Kuromoji, Chinese segmented by SmartCN; stop words and particles dropped. Analyzers
 * are thread-safe and built once.
 */
@Component
public class LanguageAnalysis {

    public static final List<String> LANGUAGES = List.of("en", "ko", "ja", "zh", "ru");

    private final Map<String, Analyzer> analyzers = Map.of(
            "en", new EnglishAnalyzer(),
            "ko", new KoreanAnalyzer(),
            "ja", new JapaneseAnalyzer(),
            "zh", new SmartChineseAnalyzer(),
            "ru", new RussianAnalyzer());

    /** A term and where in the text it came from. */
    public record Token(String term, int start, int end) {
    }

    public List<Token> tokens(String language, String text) {
        Analyzer analyzer = analyzers.get(language);
        if (analyzer == null) {
            throw new IllegalArgumentException("no analyzer for " + language);
        }
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    public List<String> terms(String language, String text) {
        return tokens(language, text).stream().map(Token::term).toList();
    }
}
