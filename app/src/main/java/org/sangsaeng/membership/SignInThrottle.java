package org.sangsaeng.membership;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows down password guessing without locking anyone out. Wrong passwords are counted per account
 * at a client address, per client address and per account, each with one atomic upsert (parallel
 * guesses lose no count); past a few free tries, each count makes the next try wait, doubling up to
 * a cap: 5 free tries for an account at one address (then up to 15 minutes), 20 from one address
 * across accounts (up to 15 minutes; {@code sangsaeng.security.sign-in-address-free-tries}, for a
 * market whose shops share one address), and 20 for an account from everywhere, whose wait stays
 * short (at most a minute) so that guessers elsewhere cannot keep its owner out. A try during the
 * wait is refused without checking the password. Counts are forgotten 15 minutes after their last
 * failure. The client address is the servlet's, which the trusted proxies of {@code
 * server.tomcat.remoteip} set (README, Security).
 */
@Component
public class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private record Rule(String prefix, int freeTries, Duration cap) {

        Duration wait(int failures) {
            if (failures < freeTries) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeTries, 20);
            Duration wait = Duration.ofSeconds(1L << doublings);
            return wait.compareTo(cap) > 0 ? cap : wait;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final List<Rule> rules;

    /**
     * {@code addressFreeTries}: wrong passwords from one address (any accounts) before it is
     * slowed; 20.
     */
    SignInThrottle(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${sangsaeng.security.sign-in-address-free-tries:20}") int addressFreeTries) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rules =
                List.of(
                        new Rule("p:", 5, Duration.ofMinutes(15)),
                        new Rule("a:", addressFreeTries, Duration.ofMinutes(15)),
                        new Rule("u:", 20, Duration.ofMinutes(1)));
    }

    /**
     * How long this account must wait before its next try from this address; zero when it may try
     * now.
     */
    public Duration wait(String username, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        List<String> subjects = subjects(username, address);
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            List<Duration> waits =
                    jdbc.query(
                            "SELECT failures, last_at FROM sign_in_failure WHERE subject = ? AND last_at > ?",
                            (rs, n) -> {
                                Duration wait = rule.wait(rs.getInt("failures"));
                                // Within the free tries there is no wait, even when a parallel
                                // guess counted its failure after this try's "now".
                                return wait.isZero()
                                        ? Duration.ZERO
                                        : Duration.between(
                                                now,
                                                rs.getObject("last_at", LocalDateTime.class)
                                                        .toInstant(ZoneOffset.UTC)
                                                        .plus(wait));
                            },
                            subjects.get(i),
                            utc(now.minus(WINDOW)));
            if (waits.isEmpty()) {
                continue;
            }
            Duration left = waits.getFirst();
            if (left.compareTo(longest) > 0) {
                longest = left;
            }
        }
        return longest;
    }

    /** A wrong password: one more for the account at the address, the address and the account. */
    // Its own transaction: the count stays whatever the refusal rolls back.
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String address) {
        Instant now = clock.instant();
        for (String subject : subjects(username, address)) {
            // The IF reads last_at before it is set (MariaDB assigns left to right): a count past
            // the
            // window starts again at 1.
            jdbc.update(
                    """
                    INSERT INTO sign_in_failure (subject, failures, last_at) VALUES (?, 1, ?)
                    ON DUPLICATE KEY UPDATE failures = IF(last_at <= ?, 1, failures + 1), last_at = VALUES(last_at)""",
                    subject,
                    utc(now),
                    utc(now.minus(WINDOW)));
        }
    }

    /**
     * The right password: the account's counts are forgotten (the address's stays, for other
     * accounts).
     */
    public void succeeded(String username, String address) {
        List<String> subjects = subjects(username, address);
        jdbc.update(
                "DELETE FROM sign_in_failure WHERE subject IN (?, ?)",
                subjects.get(0),
                subjects.get(2));
    }

    /**
     * The address of the request being served (behind a trusted proxy, the client's), or "unknown".
     */
    public static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes()
                instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "unknown";
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetOldCounts() {
        jdbc.update(
                "DELETE FROM sign_in_failure WHERE last_at <= ?",
                utc(clock.instant().minus(WINDOW)));
    }

    private static List<String> subjects(String username, String address) {
        String user = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        String from = address == null ? "unknown" : address;
        user = user.length() > 100 ? user.substring(0, 100) : user;
        return List.of("p:" + user + "@" + from, "a:" + from, "u:" + user);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
