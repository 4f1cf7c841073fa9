package org.trackone.web;

import java.util.List;

import org.springframework.stereotype.Component;

/** The languages offered by the language switch, each named in itself. Used by the layout. */
@Component("languages")
public class Languages {

    public List<Language> all() {
        return WebConfiguration.LANGUAGES.stream()
                .map(locale -> new Language(locale.getLanguage(), locale.getDisplayLanguage(locale)))
                .toList();
    }

    public record Language(String code, String name) {
    }
}
