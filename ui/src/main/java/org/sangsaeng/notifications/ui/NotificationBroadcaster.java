package org.sangsaeng.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.sangsaeng.notifications.NotificationCreated;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open pages of a person that a notification arrived, once it is committed. It reaches
 * the pages on this app node; pages on other nodes pick it up with their periodic refresh.
 */
@Component
public class NotificationBroadcaster {

    private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    /**
     * Runs onNew in the page's UI, as the page's signed-in user, whenever that user gets a
     * notification; call it while the page attaches (on the request thread).
     */
    public Registration register(UI ui, String username, Runnable onNew) {
        SecurityContext context = SecurityContextHolder.getContext();
        Runnable listener =
                () ->
                        ui.access(
                                () -> {
                                    SecurityContext previous = SecurityContextHolder.getContext();
                                    SecurityContextHolder.setContext(context);
                                    try {
                                        onNew.run();
                                    } finally {
                                        SecurityContextHolder.setContext(previous);
                                    }
                                });
        listeners.computeIfAbsent(username, u -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.getOrDefault(username, Set.of()).remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NotificationCreated created) {
        listeners.getOrDefault(created.recipientUsername(), Set.of()).forEach(Runnable::run);
    }
}
