package org.sangsaeng.notifications.ui;

import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.sangsaeng.notifications.NotificationCreated;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open pages of a person that a notification arrived, once it is committed. It reaches
 * the pages on this app node; pages on other nodes pick it up with their periodic refresh.
 */
@Component
public class NotificationBroadcaster {

    private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    public Registration register(String username, Runnable onNew) {
        listeners.computeIfAbsent(username, u -> new CopyOnWriteArraySet<>()).add(onNew);
        return () -> listeners.getOrDefault(username, Set.of()).remove(onNew);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NotificationCreated created) {
        listeners.getOrDefault(created.recipientUsername(), Set.of()).forEach(Runnable::run);
    }
}
