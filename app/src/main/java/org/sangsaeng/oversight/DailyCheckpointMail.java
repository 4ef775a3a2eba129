package org.sangsaeng.oversight;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.notifications.NotificationService;
import org.sangsaeng.notifications.Template;
import org.sangsaeng.shared.MarketTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning the foundation's officers receive the newest signed checkpoints by e-mail, so that
 * a copy lives outside the database and the server: what {@code verify --checkpoints} checks
 * against when the table's own checkpoints may have been removed too.
 */
@Component
class DailyCheckpointMail {

    private final AuditTrailService audit;
    private final MemberDirectory directory;
    private final NotificationService notifications;
    private final Clock clock;

    DailyCheckpointMail(
            AuditTrailService audit,
            MemberDirectory directory,
            NotificationService notifications,
            Clock clock) {
        this.audit = audit;
        this.directory = directory;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Sends today's checkpoints to each foundation officer once; returns to how many, 0 without
     * checkpoints.
     */
    @Scheduled(cron = "0 0 7 * * *", zone = "Asia/Seoul")
    @Transactional
    public int send() {
        if (audit.checkpointKey().isEmpty()) {
            return 0;
        }
        CheckpointFile file = audit.currentCheckpoints();
        if (file.checkpoints().isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock.withZone(MarketTime.ZONE));
        Map<String, Object> variables =
                Map.of(
                        "date",
                        today.toString(),
                        "keyId",
                        file.keyId(),
                        "json",
                        new String(file.json(), StandardCharsets.UTF_8));
        int sent = 0;
        for (long officer :
                directory.userIds(null, java.util.List.of(CurrentUser.FOUNDATION_GROUP))) {
            notifications.sendForTheRecord(
                    officer, Template.AUDIT_CHECKPOINTS, variables, "audit-checkpoints:" + today);
            sent++;
        }
        return sent;
    }
}
