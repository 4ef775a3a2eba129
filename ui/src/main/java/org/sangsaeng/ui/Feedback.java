package org.sangsaeng.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.shared.Messages;
import org.springframework.stereotype.Component;

/** How views tell people what happened: refusals in their language, times in Asia/Seoul. */
@Component
public class Feedback {

    private final Messages messages;

    Feedback(Messages messages) {
        this.messages = messages;
    }

    /** Runs an action; a refusal is shown to the person and nothing else happens. */
    public <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (BusinessException e) {
            error(messages.explain(e, locale()));
            return null;
        }
    }

    /** Runs an action and tells whether it went through; a refusal is shown to the person. */
    public boolean succeeds(Runnable action) {
        return attempt(
                        () -> {
                            action.run();
                            return true;
                        })
                != null;
    }

    /**
     * Runs an action; when it goes through, shows {@code done} and answers true. A refusal is shown
     * instead.
     */
    public boolean succeeds(Runnable action, String done) {
        boolean succeeded = succeeds(action);
        if (succeeded) {
            success(done);
        }
        return succeeded;
    }

    /**
     * For pages of one thing: reads the numeric route parameter and loads what it names. A bad id
     * or a refusal (not found, not allowed) is shown and the page forwards to {@code fallback}.
     */
    public <T> T load(
            BeforeEnterEvent event,
            String parameter,
            LongFunction<T> loader,
            Class<? extends com.vaadin.flow.component.Component> fallback) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get(parameter).orElse(""));
        } catch (NumberFormatException e) {
            event.forwardTo(fallback);
            return null;
        }
        T loaded = attempt(() -> loader.apply(id));
        if (loaded == null) {
            event.forwardTo(fallback);
        }
        return loaded;
    }

    public void success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.ERROR);
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(MarketTime.ZONE)
                .format(instant);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Messages.KOREAN : ui.getLocale();
    }
}
