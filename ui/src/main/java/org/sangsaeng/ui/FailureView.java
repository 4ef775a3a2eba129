package org.sangsaeng.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.sangsaeng.shared.ProblemResponses;
import org.sangsaeng.shared.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that could not be built: "try again" while the database or the engine is away for a moment
 * (503), otherwise that something went wrong (500); either way with a link that tries the same page
 * again. It stands alone, without the menu, which needs the database too.
 */
@AnonymousAllowed
public class FailureView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(FailureView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        boolean momentary = ServiceUnavailableException.isMomentary(parameter.getCaughtException());
        if (momentary) {
            log.warn(
                    "Unavailable for a moment, page {}: {}",
                    event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
        } else {
            log.error(
                    "Page {} could not be built",
                    event.getLocation().getPath(),
                    parameter.getCaughtException());
        }
        removeAll();
        setId("failure");
        add(
                new H2(
                        getTranslation(
                                momentary
                                        ? "failure.unavailable.title"
                                        : "failure.unexpected.title")));
        Paragraph message =
                new Paragraph(
                        getTranslation(
                                momentary ? ProblemResponses.UNAVAILABLE : "failure.unexpected"));
        message.setId("failure-message");
        Anchor retry =
                new Anchor(
                        event.getLocation().getPathWithQueryParameters(),
                        getTranslation("failure.retry"));
        retry.setId("failure-retry");
        add(message, retry);
        return momentary
                ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
