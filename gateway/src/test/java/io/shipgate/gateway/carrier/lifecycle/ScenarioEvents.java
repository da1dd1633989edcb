package io.shipgate.gateway.carrier.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** A scenario's expected tracking events: each found, in the given order, by the fields it names. */
final class ScenarioEvents {

    private ScenarioEvents() {
    }

    static void assertInOrder(String what, JsonNode events, List<Map<String, String>> expected) {
        int next = 0;
        for (Map<String, String> wanted : expected) {
            int found = -1;
            for (int i = next; i < events.size() && found < 0; i++) {
                if (matches(events.get(i), wanted)) {
                    found = i;
                }
            }
            if (found < 0) {
                throw new AssertionError(what + ": no event " + wanted + " after position " + next + " in " + events);
            }
            next = found + 1;
        }
    }

    private static boolean matches(JsonNode event, Map<String, String> wanted) {
        for (Map.Entry<String, String> field : wanted.entrySet()) {
            JsonNode actual = event.at("/" + field.getKey().replace('.', '/'));
            if (actual.isMissingNode() || !actual.asText().equals(field.getValue())) {
                return false;
            }
        }
        return true;
    }
}
