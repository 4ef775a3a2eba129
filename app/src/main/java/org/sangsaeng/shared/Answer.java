package org.sangsaeng.shared;

import java.util.Locale;

/** An API's answer that is one sentence for the person who asked, in their language. */
public record Answer(String message) {

    /** The message {@code key} in the asker's language (Korean unless they read English). */
    public static Answer of(Messages messages, String key, Locale locale, Object... arguments) {
        return new Answer(messages.get(key, Messages.supported(locale), arguments));
    }
}
