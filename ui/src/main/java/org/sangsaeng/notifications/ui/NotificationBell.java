package org.sangsaeng.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import org.sangsaeng.notifications.NotificationInbox;

/** The bell in the header with the unread count, updated as notifications arrive (server push). */
public class NotificationBell extends Button {

    private static final int REFRESH_MILLIS = 60_000;

    private final NotificationInbox inbox;
    private final NotificationBroadcaster broadcaster;
    private final String username;
    private final Span count = new Span();
    private Registration registration;
    private Registration polling;
    private Registration navigation;

    public NotificationBell(
            NotificationInbox inbox, NotificationBroadcaster broadcaster, String username) {
        this.inbox = inbox;
        this.broadcaster = broadcaster;
        this.username = username;
        setId("notification-bell");
        setIcon(VaadinIcon.BELL.create());
        count.setId("notification-count");
        count.addClassName("bell-count");
        getElement().appendChild(count.getElement());
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        refresh();
    }

    public void refresh() {
        long unread = inbox.myUnreadCount();
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        setAriaLabel(getTranslation("notifications.bell", unread));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        registration = broadcaster.register(ui, username, this::refresh);
        polling = ui.addPollListener(e -> refresh());
        // Reading a notification happens on other pages: the count follows every navigation.
        navigation = ui.addAfterNavigationListener(e -> refresh());
        ui.setPollInterval(REFRESH_MILLIS);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (registration != null) {
            registration.remove();
        }
        if (polling != null) {
            polling.remove();
        }
        if (navigation != null) {
            navigation.remove();
        }
    }
}
