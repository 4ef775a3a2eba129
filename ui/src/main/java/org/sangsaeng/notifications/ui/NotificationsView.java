package org.sangsaeng.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sangsaeng.notifications.NotificationInbox;
import org.sangsaeng.notifications.NotificationView;
import org.sangsaeng.ui.Feedback;

/** My notifications, newest first; opening one marks it read and goes where it points. */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationInbox inbox;
    private final Grid<NotificationView> grid = new Grid<>();

    public NotificationsView(NotificationInbox inbox) {
        this.inbox = inbox;
        setSizeFull();
        grid.setId("notifications-grid");
        grid.addComponentColumn(this::card).setHeader(getTranslation("notifications.title"));
        grid.setEmptyStateText(getTranslation("notifications.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
        refresh();
        Button readAll =
                new Button(
                        getTranslation("notifications.readAll"),
                        e -> {
                            inbox.markAllRead();
                            refresh();
                        });
        readAll.setId("read-all");
        Button settings =
                new Button(
                        getTranslation("nav.preferences"),
                        e -> getUI().ifPresent(ui -> ui.navigate(PreferencesView.class)));
        add(
                new H2(getTranslation("notifications.title")),
                new HorizontalLayout(readAll, settings),
                grid);
    }

    private Div card(NotificationView n) {
        Span title = new Span(n.title());
        title.addClassName(n.unread() ? "notification-unread" : "notification-read");
        Span body = new Span(n.body());
        body.addClassName("task-meta");
        Span when = new Span(Feedback.dateTime(n.createdAt(), getLocale()));
        when.addClassName("task-meta");
        Div card = new Div(title, body, when);
        card.addClassName("task-card");
        return card;
    }

    private void open(NotificationView n) {
        inbox.markRead(n.id());
        if (n.link() != null && !n.link().isBlank()) {
            getUI().ifPresent(ui -> ui.navigate(n.link()));
        } else {
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(
                query -> inbox.mine(query.getOffset(), query.getLimit()).stream(),
                query -> (int) inbox.myCount());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " · " + getTranslation("app.name");
    }
}
