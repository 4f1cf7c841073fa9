package org.trackone.dialogue;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trackone.dialogue.OverlapReport.Coverage;
import org.trackone.dialogue.OverlapReport.TopicOverlap;
import org.trackone.dialogue.internal.LanguageAnalysis;
import org.trackone.dialogue.internal.OverlapDetector;
import org.trackone.dialogue.internal.TopicCatalogueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overlap detection against the labelled evaluation set
 * ({@code src/test/resources/dialogue/overlap-evaluation.yaml}: five meetings of six
 * perspectives in five languages). Fails when precision or recall of the overlapping
 * topics falls below 0.8. Also measures, without a bar, how well it finds which
 * perspectives cover which topic.
 */
class OverlapEvaluationTest {

    static final double REQUIRED = 0.8;

    static EvaluationSet set;
    static OverlapDetector detector;
    static TopicCatalogue catalogue;

    record EvaluationSet(List<LabelledMeeting> meetings) {
    }

    record LabelledMeeting(String name, List<String> overlapping, List<LabelledPerspective> perspectives) {
    }

    record LabelledPerspective(String key, String language, List<String> topics, List<String> covers, String text) {

        LabelledPerspective {
            topics = topics == null ? List.of() : topics;
        }
    }

    @BeforeAll
    static void load() throws Exception {
        YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = OverlapEvaluationTest.class.getResourceAsStream("/dialogue/overlap-evaluation.yaml")) {
            set = yaml.readValue(in, EvaluationSet.class);
        }
        detector = new OverlapDetector(new LanguageAnalysis());
        catalogue = TopicCatalogueSource.read();
    }

    @Test
    void theSetIsAsLargeAsPromisedAndLabelledWithCatalogueTopics() {
        Set<String> ids = new HashSet<>(catalogue.topics().stream().map(TopicCatalogue.Topic::id).toList());
        assertThat(set.meetings()).hasSizeGreaterThanOrEqualTo(5);
        Set<String> languages = new HashSet<>();
        for (LabelledMeeting meeting : set.meetings()) {
            assertThat(meeting.perspectives()).hasSize(6);
            assertThat(ids).containsAll(meeting.overlapping());
            meeting.perspectives().forEach(p -> {
                assertThat(ids).containsAll(p.covers());
                languages.add(p.language());
            });
        }
        assertThat(languages).containsExactlyInAnyOrder("en", "ko", "ja", "zh", "ru");
    }

    @Test
    void overlappingTopicsAreFoundWithPrecisionAndRecallOfAtLeast08() {
        Counts overlaps = new Counts();
        Counts coverage = new Counts();
        StringBuilder misses = new StringBuilder();
        for (LabelledMeeting meeting : set.meetings()) {
            OverlapReport report = detector.detect(meeting.perspectives().stream()
                    .map(p -> new OverlapDetector.Text(p.key(), p.language(), p.text(), p.topics())).toList(),
                    catalogue);
            Set<String> found = new HashSet<>(report.overlapping().stream().map(TopicOverlap::topic).toList());
            overlaps.add(found, new HashSet<>(meeting.overlapping()));
            if (!found.equals(new HashSet<>(meeting.overlapping()))) {
                misses.append(meeting.name()).append(": found ").append(found).append(", labelled ")
                        .append(meeting.overlapping()).append('\n');
            }
            Set<String> detectedPairs = new HashSet<>();
            for (TopicOverlap topic : concat(report.overlapping(), report.others())) {
                for (Coverage c : topic.coverage()) {
                    detectedPairs.add(c.key() + "/" + topic.topic());
                }
            }
            Set<String> labelledPairs = new HashSet<>();
            meeting.perspectives().forEach(p -> p.covers().forEach(t -> labelledPairs.add(p.key() + "/" + t)));
            coverage.add(detectedPairs, labelledPairs);
            Set<String> wrong = new HashSet<>(detectedPairs);
            wrong.removeAll(labelledPairs);
            Set<String> missed = new HashSet<>(labelledPairs);
            missed.removeAll(detectedPairs);
            if (!wrong.isEmpty() || !missed.isEmpty()) {
                misses.append("  ").append(meeting.name()).append(" coverage: extra ").append(wrong)
                        .append(", missed ").append(missed).append('\n');
            }
        }
        System.out.printf(Locale.ROOT, "Overlap evaluation (%d meetings, %d perspectives):%n"
                        + "  overlapping topics: precision %.2f, recall %.2f (%s)%n"
                        + "  which perspective covers which topic: precision %.2f, recall %.2f (%s)%n%s",
                set.meetings().size(), set.meetings().size() * 6, overlaps.precision(), overlaps.recall(), overlaps,
                coverage.precision(), coverage.recall(), coverage, misses);
        assertThat(overlaps.precision()).as("precision of overlapping topics\n" + misses).isGreaterThanOrEqualTo(REQUIRED);
        assertThat(overlaps.recall()).as("recall of overlapping topics\n" + misses).isGreaterThanOrEqualTo(REQUIRED);
    }

    private static List<TopicOverlap> concat(List<TopicOverlap> a, List<TopicOverlap> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    static final class Counts {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        void add(Set<String> found, Set<String> labelled) {
            for (String f : found) {
                if (labelled.contains(f)) {
                    truePositives++;
                } else {
                    falsePositives++;
                }
            }
            for (String l : labelled) {
                if (!found.contains(l)) {
                    falseNegatives++;
                }
            }
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
        }

        @Override
        public String toString() {
            return truePositives + " right, " + falsePositives + " wrong, " + falseNegatives + " missed";
        }
    }
}
