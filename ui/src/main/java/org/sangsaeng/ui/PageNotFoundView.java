package org.sangsaeng.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address the app has no page for (a mistyped or old link): said in the person's language, with
 * the way home.
 */
@AnonymousAllowed
public class PageNotFoundView extends VerticalLayout
        implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(
            BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("page-not-found");
        add(new H2(getTranslation("notFound.title")));
        add(new Paragraph(getTranslation("notFound.message", event.getLocation().getPath())));
        Anchor home = new Anchor("", getTranslation("notFound.home"));
        home.setId("page-not-found-home");
        add(home);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
