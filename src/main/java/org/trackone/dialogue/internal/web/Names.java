package org.trackone.dialogue.internal.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.trackone.framework.Body;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.Participant;

/** Names of the framework's bodies and participants by code, for pages that list many. */
final class Names {

    private Names() {
    }

    static Map<String, String> bodies(FrameworkDirectory framework) {
        return framework.bodies().stream().collect(Collectors.toMap(Body::code, Body::name));
    }

    static Map<String, Participant> participants(FrameworkDirectory framework) {
        return framework.participants().stream().collect(Collectors.toMap(p -> p.code().value(), Function.identity()));
    }
}
