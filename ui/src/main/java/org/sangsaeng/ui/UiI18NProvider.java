package org.sangsaeng.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.sangsaeng.shared.Messages;
import org.springframework.stereotype.Component;

/**
 * The same Korean and English bundles as the rest of the app (messages, ui-messages), Korean first.
 */
@Component
class UiI18NProvider implements I18NProvider {

    private final Messages messages;

    UiI18NProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Messages.KOREAN, Messages.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.get(key, locale, params);
    }
}
