package org.sangsaeng.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.sangsaeng.notifications.domain.OutboxMessage;
import org.sangsaeng.notifications.domain.OutboxMessages;

/** What the outbox tests share: the one message in the outbox, and a notice to send. */
final class Outboxes {

    private Outboxes() {}

    /** The outbox's only message; fails if there is none or more. */
    static OutboxMessage only(OutboxMessages outbox) {
        List<OutboxMessage> all = outbox.findAll();
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    /** "Your membership of 태평3동 상인협동조합 is approved", a result the merchant is told of. */
    static Notice membershipApproved(long user, String key) {
        return new Notice(
                user,
                Template.MEMBERSHIP_APPROVED,
                Map.of("coop", "태평3동 상인협동조합"),
                "coops",
                null,
                false,
                key);
    }
}
