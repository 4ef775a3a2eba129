package org.sangsaeng.board;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sangsaeng.board.domain.BoardPost;
import org.sangsaeng.board.domain.BoardPosts;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.governance.CoopProposalService;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.notifications.Notice;
import org.sangsaeng.notifications.NotificationService;
import org.sangsaeng.notifications.Template;
import org.sangsaeng.shared.MarketTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every Monday at 08:00 (Asia/Seoul), each member who asked for it gets one message per co-op
 * listing the week's new posts and the proposals still open, through the notification outbox. The
 * dedup key names the week, so two app nodes or a rerun never send it twice.
 */
@Component
public class WeeklyDigest {

    static final int MAX_ITEMS = 10;

    private final BoardPosts posts;
    private final CoopProposalService proposals;
    private final CoopService coops;
    private final MemberDirectory directory;
    private final NotificationService notifications;
    private final Clock clock;

    WeeklyDigest(
            BoardPosts posts,
            CoopProposalService proposals,
            CoopService coops,
            MemberDirectory directory,
            NotificationService notifications,
            Clock clock) {
        this.posts = posts;
        this.proposals = proposals;
        this.coops = coops;
        this.directory = directory;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Sends this week's digests and returns how many messages were sent. */
    @Scheduled(cron = "0 0 8 * * MON", zone = "Asia/Seoul")
    @Transactional
    public int send() {
        LocalDate week = LocalDate.now(clock.withZone(MarketTime.ZONE));
        int sent = 0;
        for (long coopId : posts.coopsWithSubscribers()) {
            List<BoardPost> fresh =
                    posts.findByCoopIdAndCreatedAtGreaterThanEqualOrderByCreatedAt(
                            coopId, clock.instant().minus(Duration.ofDays(7)));
            List<String> open = proposals.openTitles(coopId);
            if (fresh.isEmpty() && open.isEmpty()) {
                continue;
            }
            String coop = coops.get(coopId).name();
            String postLines = lines(fresh.stream().map(BoardPost::getTitle).toList());
            String openLines = lines(open);
            List<Long> members =
                    directory.activeMembers(coopId).stream()
                            .map(MemberDirectory.Member::id)
                            .toList();
            for (long userId : posts.subscribers(coopId)) {
                if (members.contains(userId)) {
                    notifications.send(
                            new Notice(
                                    userId,
                                    Template.BOARD_WEEKLY_DIGEST,
                                    Map.of(
                                            "coop",
                                            coop,
                                            "posts",
                                            postLines,
                                            "decisions",
                                            openLines),
                                    "board?coop=" + coopId,
                                    coopId,
                                    false,
                                    "board-digest:" + coopId + ":" + week));
                    sent++;
                }
            }
        }
        return sent;
    }

    /** Up to ten titles of up to 60 characters each, so that a busy week still fits one message. */
    static String lines(List<String> titles) {
        if (titles.isEmpty()) {
            return " -";
        }
        StringBuilder text = new StringBuilder();
        titles.stream()
                .limit(MAX_ITEMS)
                .forEach(
                        t ->
                                text.append("\n- ")
                                        .append(t.length() > 60 ? t.substring(0, 59) + "…" : t));
        if (titles.size() > MAX_ITEMS) {
            text.append("\n+").append(titles.size() - MAX_ITEMS);
        }
        return text.toString();
    }
}
