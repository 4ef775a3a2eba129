package org.sangsaeng.shared;

import java.util.List;

/**
 * The business side of an instance, next to its trail, in the reader's language: what kind of
 * object and which one ({@code title}), where its page is ({@code route}, relative to the app) and
 * its figures as label and value.
 */
public record BusinessSummary(String kind, String title, String route, List<Fact> facts) {

    public record Fact(String label, String value) {}
}
