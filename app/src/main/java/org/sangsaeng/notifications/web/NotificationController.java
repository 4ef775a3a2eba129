package org.sangsaeng.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;
import org.sangsaeng.notifications.NotificationInbox;
import org.sangsaeng.notifications.NotificationSettings;
import org.sangsaeng.notifications.NotificationView;
import org.sangsaeng.notifications.OutboxAdministration;
import org.sangsaeng.notifications.OutboxEntry;
import org.sangsaeng.notifications.Preferences;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Notifications",
        description = "My notifications and how I want to be reached; the outbox")
class NotificationController {

    private final NotificationInbox inbox;
    private final NotificationSettings settings;
    private final OutboxAdministration outbox;

    NotificationController(
            NotificationInbox inbox, NotificationSettings settings, OutboxAdministration outbox) {
        this.inbox = inbox;
        this.settings = settings;
        this.outbox = outbox;
    }

    record NotificationPage(long unread, List<NotificationView> items) {}

    @GetMapping("/notifications")
    @Operation(summary = "My notifications, newest first, with the unread count")
    NotificationPage mine(
            @RequestParam(defaultValue = "0") @PositiveOrZero int offset,
            @RequestParam(defaultValue = "50") @Positive int limit) {
        return new NotificationPage(inbox.myUnreadCount(), inbox.mine(offset, limit));
    }

    @PostMapping("/notifications/{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    NotificationView read(@PathVariable long id) {
        return inbox.markRead(id);
    }

    @PostMapping("/notifications/read-all")
    @Operation(summary = "Mark all my notifications read")
    Map<String, Integer> readAll() {
        return Map.of("marked", inbox.markAllRead());
    }

    @GetMapping("/notifications/preferences")
    @Operation(
            summary =
                    "My channels per kind of message, contact addresses, quiet hours, daily digest")
    Preferences preferences() {
        return settings.myPreferences();
    }

    @PutMapping("/notifications/preferences")
    @Operation(summary = "Change my notification preferences")
    Preferences update(@RequestBody Preferences preferences) {
        return settings.updateMyPreferences(preferences);
    }

    @GetMapping("/outbox")
    @Operation(summary = "Outgoing messages (administrators: all; co-op leaders: their co-ops')")
    List<OutboxEntry> outbox(
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") @PositiveOrZero int offset,
            @RequestParam(defaultValue = "50") @Positive int limit) {
        return outbox.outbox(status, offset, limit);
    }

    @PostMapping("/outbox/{id}/retry")
    @Operation(summary = "Send a failed message again")
    OutboxEntry retry(@PathVariable long id) {
        return outbox.retry(id);
    }
}
