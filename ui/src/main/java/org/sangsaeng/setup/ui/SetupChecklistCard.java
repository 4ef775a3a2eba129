package org.sangsaeng.setup.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.sangsaeng.setup.SetupProgress;

/**
 * The foundation's set-up checklist, first on the home page until the first co-op can work: each
 * step says whether it is done and links to the page where it is done.
 */
public class SetupChecklistCard extends Div {

    /** Where each step is done. */
    static final String MARKETS = "admin/markets";

    static final String SUPPLIERS = "admin/suppliers";
    static final String ACCOUNTS = "admin/accounts";
    static final String COOPS = "admin/coops";

    public SetupChecklistCard(SetupProgress progress) {
        setId("setup-checklist");
        addClassName("setup-checklist");
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("width", "100%")
                .set("box-sizing", "border-box");
        add(new H3(getTranslation("setup.title")), new Span(getTranslation("setup.hint")));
        add(step("market", progress.marketCreated(), MARKETS));
        add(step("supplier", progress.supplierCreated(), SUPPLIERS));
        add(step("merchants", progress.merchantsInvited(), ACCOUNTS));
        add(step("coop", progress.coopFounded(), COOPS));
    }

    private Div step(String key, boolean done, String route) {
        Span mark = new Span(done ? "✔ " : "○ ");
        mark.getElement().setAttribute("aria-hidden", "true");
        Anchor link = new Anchor(route, getTranslation("setup.step." + key));
        Span state = new Span(" · " + getTranslation(done ? "setup.done" : "setup.todo"));
        Div step =
                new Div(
                        mark,
                        link,
                        state,
                        new Div(new Span(getTranslation("setup.step." + key + ".hint"))));
        step.setId("setup-step-" + key);
        step.addClassName(done ? "setup-done" : "setup-todo");
        step.getStyle()
                .set("margin-top", "var(--lumo-space-s)")
                .set("font-size", "var(--lumo-font-size-l)");
        return step;
    }
}
