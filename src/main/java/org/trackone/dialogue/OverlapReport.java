package org.trackone.dialogue;

import java.util.List;

/**
 * The topics that recur across a meeting's perspectives: for each, in how many and which
 * perspectives, with the passages that show it.
 *
 * @param perspectives how many perspectives were read
 * @param threshold how many perspectives must cover a topic for it to overlap
 * @param overlapping the recurring topics, most widely covered first
 * @param others topics covered by fewer perspectives than the threshold
 */
public record OverlapReport(int perspectives, int threshold, List<TopicOverlap> overlapping,
        List<TopicOverlap> others) {

    /** One topic and the perspectives that cover it. */
    public record TopicOverlap(String topic, String label, List<Coverage> coverage) {

        public int count() {
            return coverage.size();
        }
    }

    /**
     * How one perspective covers a topic.
     *
     * @param key the perspective's identifier (its id, or a label in an evaluation)
     * @param mentions how many times its words for the topic occur
     * @param declared whether the perspective lists the topic among those it covers
     * @param passages the sentences that mention the topic (at most three)
     */
    public record Coverage(String key, int mentions, boolean declared, List<String> passages) {
    }
}
