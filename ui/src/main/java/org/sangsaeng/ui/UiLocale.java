package org.sangsaeng.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.sangsaeng.shared.Messages;
import org.springframework.stereotype.Component;

/**
 * Korean unless the person chose English: the choice is kept in the session (and, once signed in,
 * in their account), not taken from the browser's language.
 */
@Component
class UiLocale implements VaadinServiceInitListener {

    static final String SESSION_KEY = "sangsaeng.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(current()));
    }

    static Locale current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : Messages.KOREAN;
    }

    static void choose(Locale locale) {
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, Messages.supported(locale));
    }
}
