package org.sangsaeng.shared;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tags (skills, areas, customer groups) as people type them ("제빵, 포장"), kept trimmed, lower case,
 * without repeats.
 */
public final class Tags {

    /** What the narrowest tag column (areas, customer groups) holds, commas included. */
    public static final int MAX_TOTAL = 300;

    private Tags() {}

    public static Set<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<String> tags =
                Arrays.stream(text.split("[,;\\n]"))
                        .map(String::trim)
                        .filter(t -> !t.isEmpty())
                        .map(t -> t.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        if (tags.size() > 20 || tags.stream().anyMatch(t -> t.length() > 40)) {
            throw new InvalidInputException("error.tags");
        }
        if (join(tags).length() > MAX_TOTAL) {
            throw new InvalidInputException("error.tags.total", MAX_TOTAL);
        }
        return tags;
    }

    public static String join(Set<String> tags) {
        return String.join(",", tags);
    }
}
