package org.sangsaeng.notifications.channels;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rendered values of a template's variables as the outbox keeps them: one JSON object of
 * strings.
 */
public final class TemplateValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAP =
            new TypeReference<>() {};

    private TemplateValues() {}

    public static String toJson(Map<String, String> values) {
        return JSON.writeValueAsString(values);
    }

    public static Map<String, String> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, MAP);
        } catch (JacksonException e) {
            throw new IllegalStateException(
                    "Unreadable template values: " + e.getOriginalMessage(), e);
        }
    }
}
