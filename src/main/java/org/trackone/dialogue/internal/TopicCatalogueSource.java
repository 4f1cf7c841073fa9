package org.trackone.dialogue.internal;

import org.springframework.stereotype.Component;
import org.trackone.DataFiles;
import org.trackone.dialogue.TopicCatalogue;

/** Reads the topic catalogue ({@code dialogue/topics.yaml}) once. */
@Component
public class TopicCatalogueSource {

    static final String SOURCE = "dialogue/topics.yaml";

    private final TopicCatalogue catalogue = read();

    public TopicCatalogue catalogue() {
        return catalogue;
    }

    public static TopicCatalogue read() {
        return DataFiles.read(SOURCE, TopicCatalogue.class);
    }
}
