package org.sangsaeng.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sangsaeng.membership.CoopMembership;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.Role;
import org.sangsaeng.notifications.domain.OutboxMessage;
import org.sangsaeng.notifications.domain.OutboxMessages;
import org.sangsaeng.notifications.domain.Recipient;
import org.sangsaeng.notifications.domain.Recipients;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as administrators see it (everything) and co-op leaders (messages of their co-ops, so
 * that they see what could not be delivered), and sending a failed message once more.
 */
@Service
@Transactional
public class OutboxAdministration {

    private final OutboxMessages outbox;
    private final Recipients recipients;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    OutboxAdministration(
            OutboxMessages outbox, Recipients recipients, CurrentUsers currentUsers, Clock clock) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OutboxEntry> outbox(String status, int offset, int limit) {
        OutboxScope scope = outboxScope();
        OutboxMessage.Status wanted =
                status == null || status.isBlank() ? null : parseStatus(status);
        int size = NotificationSupport.pageSize(offset, limit);
        return outbox.search(
                        wanted,
                        scope.all(),
                        scope.coops().isEmpty() ? List.of(-1L) : scope.coops(),
                        PageRequest.of(offset / size, size))
                .map(this::entry)
                .getContent();
    }

    /** Sends a message that failed after its last attempt once more. */
    public OutboxEntry retry(long id) {
        OutboxScope scope = outboxScope();
        OutboxMessage m =
                outbox.findById(id)
                        .orElseThrow(() -> new NotFoundException("error.outbox.notFound", id));
        if (!scope.all() && (m.getCoopId() == null || !scope.coops().contains(m.getCoopId()))) {
            throw new NotFoundException("error.outbox.notFound", id);
        }
        if (m.getStatus() != OutboxMessage.Status.FAILED) {
            throw new BusinessException("error.outbox.notFailed");
        }
        m.retry(clock.instant());
        return entry(m);
    }

    private static OutboxMessage.Status parseStatus(String status) {
        try {
            return OutboxMessage.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.outbox.status", status);
        }
    }

    private OutboxEntry entry(OutboxMessage m) {
        String who =
                m.getRecipientId() == null
                        ? "(customer)"
                        : recipients
                                .findById(m.getRecipientId())
                                .map(Recipient::getUsername)
                                .orElse("?");
        return new OutboxEntry(
                m.getId(),
                who,
                m.getChannel(),
                m.getKind(),
                m.getSubject(),
                m.getStatus().name(),
                m.getAttempts(),
                m.getNextAttemptAt(),
                m.getLastError(),
                m.getCreatedAt(),
                m.getSentAt(),
                m.getDeliveredAt());
    }

    /** Administrators see every outbox entry; co-op leaders those of their co-ops. */
    private record OutboxScope(boolean all, Set<Long> coops) {}

    private OutboxScope outboxScope() {
        CurrentUser me = currentUsers.require();
        Set<Long> led =
                me.memberships().stream()
                        .filter(CoopMembership::leader)
                        .map(CoopMembership::coopId)
                        .collect(Collectors.toSet());
        if (!me.has(Role.ADMIN) && led.isEmpty()) {
            throw new AccessDeniedException("error.outbox.notAllowed");
        }
        return new OutboxScope(me.has(Role.ADMIN), led);
    }
}
