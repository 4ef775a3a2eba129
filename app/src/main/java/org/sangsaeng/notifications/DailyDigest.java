package org.sangsaeng.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.notifications.domain.OutboxMessage;
import org.sangsaeng.notifications.domain.OutboxMessages;
import org.sangsaeng.notifications.domain.Recipient;
import org.sangsaeng.notifications.domain.Recipients;
import org.sangsaeng.shared.MarketTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning at 08:00 (Asia/Seoul), gathers the messages held for people who chose a daily
 * digest into one message per person and channel. Rows are locked with SKIP LOCKED and the digest's
 * idempotency key names the day, so two app nodes never send a digest twice.
 */
@Component
class DailyDigest {

    private final OutboxMessages outbox;
    private final Recipients recipients;
    private final TemplateCatalog templates;
    private final Clock clock;

    DailyDigest(
            OutboxMessages outbox, Recipients recipients, TemplateCatalog templates, Clock clock) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.templates = templates;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 8 * * *", zone = "Asia/Seoul")
    @Transactional
    public int send() {
        Map<String, List<OutboxMessage>> byPersonAndChannel = new LinkedHashMap<>();
        for (OutboxMessage m : outbox.lockHeldForDigest()) {
            byPersonAndChannel
                    .computeIfAbsent(
                            m.getRecipientId() + ":" + m.getChannel(), k -> new ArrayList<>())
                    .add(m);
        }
        LocalDate today = LocalDate.now(clock.withZone(MarketTime.ZONE));
        int sent = 0;
        for (List<OutboxMessage> held : byPersonAndChannel.values()) {
            OutboxMessage first = held.getFirst();
            String key =
                    "digest:" + today + ":" + first.getRecipientId() + ":" + first.getChannel();
            if (!outbox.existsByIdempotencyKey(key)) {
                Recipient r = recipients.findById(first.getRecipientId()).orElseThrow();
                StringBuilder items = new StringBuilder();
                held.forEach(m -> items.append("\n- ").append(m.getSubject()));
                TemplateCatalog.Rendered text =
                        templates.render(
                                Template.DAILY_DIGEST,
                                Map.of("count", held.size(), "items", items.toString()),
                                java.util.Locale.forLanguageTag(r.getLocale()));
                outbox.save(
                        new OutboxMessage(
                                key,
                                r.getId(),
                                null,
                                first.getChannel(),
                                NotificationKind.NEWS,
                                false,
                                first.getAddress(),
                                text.title(),
                                text.body(),
                                OutboxMessage.Status.PENDING,
                                clock.instant(),
                                clock.instant()));
                sent++;
            }
            held.forEach(OutboxMessage::digested);
        }
        return sent;
    }
}
