package org.sangsaeng.ui;

import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import java.util.function.Consumer;
import org.sangsaeng.shared.Messages;

/** 한국어 / English: the choice applies to this session at once. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(Consumer<Locale> onChange) {
        setItems(Messages.KOREAN, Messages.ENGLISH);
        setItemLabelGenerator(l -> Messages.KOREAN.equals(l) ? "한국어" : "English");
        setValue(UiLocale.current());
        setAriaLabel("Language / 언어");
        setId("language-switch");
        addValueChangeListener(
                e -> {
                    if (e.isFromClient() && e.getValue() != null) {
                        UiLocale.choose(e.getValue());
                        onChange.accept(e.getValue());
                    }
                });
    }
}
