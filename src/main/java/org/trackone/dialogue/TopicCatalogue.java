package org.trackone.dialogue;

import java.util.List;
import java.util.Map;

/**
 * The headline topics the overlap report looks for, each with the words that name it in
 * every language perspectives are written in. Data ({@code dialogue/topics.yaml}), not
 * code: a secretariat that follows other topics edits the file.
 */
public record TopicCatalogue(List<Topic> topics) {

    /**
     * @param id a short stable name ({@code nuclear})
     * @param label the topic as the report names it
     * @param terms for each language code, the words and phrases that name the topic
     */
    public record Topic(String id, String label, Map<String, List<String>> terms) {
    }
}
