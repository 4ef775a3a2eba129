package org.sangsaeng.notifications.channels.solapi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sangsaeng.notifications.Channel;
import org.sangsaeng.notifications.domain.OutboxMessage;
import org.sangsaeng.notifications.domain.OutboxMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SOLAPI's delivery reports, asked for: each sent message moves to delivered, or to failed with the
 * provider's reason, shown on the outbox page; a 알림톡 that failed goes once more as SMS/LMS.
 * SOLAPI's webhook documents no signature, so we ask rather than listen. Several app nodes may ask
 * at once: a report only moves a message that is still "sent", so the second answer changes
 * nothing.
 */
final class SolapiReceipts {

    private static final Logger log = LoggerFactory.getLogger(SolapiReceipts.class);

    /** SOLAPI settles a message within three days (알림톡 and SMS carriers report much sooner). */
    static final Duration WATCHED = Duration.ofDays(3);

    private final SolapiClient client;
    private final OutboxMessages outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SolapiReceipts(
            SolapiClient client,
            OutboxMessages outbox,
            TransactionTemplate transactions,
            Clock clock) {
        this.client = client;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sangsaeng.solapi.report-interval:PT30S}")
    void poll() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("SOLAPI delivery reports unavailable: {}", e.getMessage());
        }
    }

    /** One round over the longest-unasked sent messages; returns how many were settled. */
    int check() {
        Instant now = clock.instant();
        List<OutboxMessage> waiting =
                transactions.execute(
                        s ->
                                outbox
                                        .findTop50ByStatusAndProviderMessageIdIsNotNullAndSentAtAfterOrderByReportCheckedAtAscIdAsc(
                                                OutboxMessage.Status.SENT, now.minus(WATCHED)));
        if (waiting == null || waiting.isEmpty()) {
            return 0;
        }
        Map<String, SolapiClient.Report> reports =
                client.reports(waiting.stream().map(OutboxMessage::getProviderMessageId).toList());
        Integer settled =
                transactions.execute(
                        s -> {
                            int count = 0;
                            for (OutboxMessage seen : waiting) {
                                OutboxMessage m = outbox.findById(seen.getId()).orElse(null);
                                if (m == null || m.getStatus() != OutboxMessage.Status.SENT) {
                                    continue;
                                }
                                m.reportChecked(now);
                                SolapiClient.Report report = reports.get(m.getProviderMessageId());
                                if (report != null && settle(m, report, now)) {
                                    count++;
                                }
                            }
                            return count;
                        });
        return settled == null ? 0 : settled;
    }

    private boolean settle(OutboxMessage m, SolapiClient.Report report, Instant now) {
        switch (SolapiStatus.of(report.statusCode())) {
            case DELIVERED -> m.delivered(now);
            case FAILED -> {
                String reason = "SOLAPI " + report.statusCode() + ": " + report.reason();
                if (m.getChannel() == Channel.KAKAO && "ATA".equals(report.type())) {
                    outbox.refuse(m, reason + " (sent again as SMS/LMS)", now);
                } else {
                    m.refused(reason, now);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
