package org.sangsaeng.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sangsaeng.shared.BusinessSummary.Fact;

/**
 * Gathers the facts of a {@link BusinessSummary} in the reader's language: a label is a message
 * key, its value a text as it stands or a message of its own.
 */
public final class SummaryFacts {

    private final Messages messages;
    private final Locale locale;
    private final List<Fact> facts = new ArrayList<>();

    public SummaryFacts(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The message {@code key} in the reader's language. */
    public String text(String key, Object... arguments) {
        return messages.get(key, locale, arguments);
    }

    /** A fact labelled with the message {@code labelKey}. */
    public SummaryFacts add(String labelKey, String value) {
        return named(text(labelKey), value);
    }

    /** A fact labelled with the message {@code labelKey} whose value is the message {@code key}. */
    public SummaryFacts message(String labelKey, String key, Object... arguments) {
        return add(labelKey, text(key, arguments));
    }

    /** A fact whose label is a name as it stands (a shop, a member), not a message. */
    public SummaryFacts named(String label, String value) {
        facts.add(new Fact(label, value));
        return this;
    }

    /** The summary of an object of the kind the message {@code kindKey} names, with these facts. */
    public BusinessSummary summary(String kindKey, String title, String route) {
        return new BusinessSummary(text(kindKey), title, route, List.copyOf(facts));
    }

    /** A value that may be absent, shown as "-" then. */
    public static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
