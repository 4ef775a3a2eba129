package org.sangsaeng.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.sangsaeng.notifications.OutboxAdministration;
import org.sangsaeng.notifications.OutboxEntry;
import org.sangsaeng.ui.Feedback;

/**
 * Outgoing messages: pending, sent, delivered (by the provider's report), failed with the
 * provider's reason (and "send again"); administrators and co-op leaders.
 */
@Route("outbox")
@PermitAll
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private final OutboxAdministration outbox;
    private final Feedback feedback;
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final Select<String> status = new Select<>();

    public OutboxView(OutboxAdministration outbox, Feedback feedback) {
        this.outbox = outbox;
        this.feedback = feedback;
        setSizeFull();
        status.setLabel(getTranslation("outbox.status"));
        status.setItems(
                List.of(
                        "PENDING",
                        "DIGEST",
                        "SENT",
                        "DELIVERED",
                        "FAILED",
                        "DIGESTED",
                        "CANCELLED"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("tasks.filter.all"));
        status.setItemLabelGenerator(
                s ->
                        s == null
                                ? getTranslation("tasks.filter.all")
                                : getTranslation("outbox.status." + s));
        status.addValueChangeListener(e -> refresh());

        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("outbox.recipient"));
        grid.addColumn(e -> getTranslation("channel." + e.channel().name()))
                .setHeader(getTranslation("outbox.channel"));
        grid.addColumn(OutboxEntry::subject)
                .setHeader(getTranslation("outbox.subject"))
                .setFlexGrow(2);
        grid.addColumn(e -> getTranslation("outbox.status." + e.status()))
                .setHeader(getTranslation("outbox.status"));
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("outbox.attempts"));
        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError())
                .setHeader(getTranslation("outbox.error"));
        grid.addComponentColumn(
                e ->
                        "FAILED".equals(e.status())
                                ? new Button(getTranslation("outbox.retry"), click -> retry(e))
                                : new Span());
        grid.setSizeFull();
        if (feedback.attempt(() -> outbox.outbox(null, 0, 1)) != null) {
            refresh();
        }
        add(new H2(getTranslation("nav.outbox")), status, grid);
    }

    private void retry(OutboxEntry entry) {
        if (feedback.succeeds(() -> outbox.retry(entry.id()), getTranslation("outbox.retried"))) {
            refresh();
        }
    }

    private void refresh() {
        String wanted = status.getValue();
        grid.setItems(query -> outbox.outbox(wanted, query.getOffset(), query.getLimit()).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.outbox") + " · " + getTranslation("app.name");
    }
}
