package org.trackone.dialogue.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.trackone.dialogue.TopicCatalogue;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the topic catalogue ({@code dialogue/topics.yaml}) once. */
@Component
public class TopicCatalogueSource {

    static final String SOURCE = "dialogue/topics.yaml";

    private final TopicCatalogue catalogue = read();

    public TopicCatalogue catalogue() {
        return catalogue;
    }

    public static TopicCatalogue read() {
        YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
            return yaml.readValue(in, TopicCatalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SOURCE, e);
        }
    }
}
