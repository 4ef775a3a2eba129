package org.sangsaeng.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.sangsaeng.shared.ProblemResponses;
import org.sangsaeng.shared.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when an action fails for something other than a refusal (refusals are
 * explained by {@link Feedback#attempt}): "try again" while the database or the engine is away for
 * a moment, otherwise that something went wrong. Nothing of the action was kept either way (its
 * transaction was rolled back). A page that could not be built shows {@link FailureView} instead.
 */
@org.springframework.stereotype.Component
class UiErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    private final Feedback feedback;
    private final DefaultErrorHandler fallback = new DefaultErrorHandler();

    UiErrors(Feedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this::error));
    }

    void error(ErrorEvent event) {
        boolean momentary = ServiceUnavailableException.isMomentary(event.getThrowable());
        if (momentary) {
            log.warn("Unavailable for a moment in the UI: {}", event.getThrowable().toString());
        } else {
            // Logs it, and leaves alone what it ignores (a browser that went away).
            fallback.error(event);
        }
        UI ui = event.getComponent().flatMap(Component::getUI).orElseGet(UI::getCurrent);
        if (ui != null) {
            feedback.error(
                    ui.getTranslation(
                            momentary ? ProblemResponses.UNAVAILABLE : "failure.unexpected"));
        }
    }
}
