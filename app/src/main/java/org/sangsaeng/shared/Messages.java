package org.sangsaeng.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Texts from the message bundles in Korean (default) and English. */
@Component
public class Messages {

    public static final Locale KOREAN = Locale.KOREAN;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final MessageSource messageSource;

    public Messages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    public String get(String key, Locale locale, Object... arguments) {
        try {
            return messageSource.getMessage(key, arguments, supported(locale));
        } catch (NoSuchMessageException e) {
            return key;
        }
    }

    public String explain(BusinessException e, Locale locale) {
        return get(e.messageKey(), locale, e.arguments());
    }

    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())
                ? ENGLISH
                : KOREAN;
    }
}
