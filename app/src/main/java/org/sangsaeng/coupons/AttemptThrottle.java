package org.sangsaeng.coupons;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sangsaeng.shared.TooManyAttemptsException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: a caller (a client address, or a shop at its counter) with too many failed
 * lookups in the window is refused, even for a right code, until the window has moved on. Kept in
 * memory per app node: a restart forgets, which only helps someone who can restart the server. The
 * memory is bounded: callers whose failures are all older than the window are forgotten every
 * window, and past {@link #MAX_CALLERS} a new caller is not tracked until the next purge.
 */
@Component
class AttemptThrottle {

    static final int MAX_CALLERS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    AttemptThrottle(
            @Value("${sangsaeng.coupons.max-failed-attempts:10}") int maxFailures,
            @Value("${sangsaeng.coupons.failed-attempts-window:PT10M}") Duration window,
            Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Refuses a caller who failed too often lately. */
    void check(String caller) {
        Deque<Instant> recent = failures.get(caller);
        if (recent == null) {
            return;
        }
        synchronized (recent) {
            Instant since = clock.instant().minus(window);
            while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
                recent.pollFirst();
            }
            if (recent.size() >= maxFailures) {
                throw new TooManyAttemptsException();
            }
        }
    }

    void failed(String caller) {
        if (failures.size() >= MAX_CALLERS && !failures.containsKey(caller)) {
            forgetOld();
            if (failures.size() >= MAX_CALLERS) {
                return;
            }
        }
        Deque<Instant> recent = failures.computeIfAbsent(caller, k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
            while (recent.size() > maxFailures) {
                recent.pollFirst();
            }
        }
    }

    /** Forgets callers whose failures all lie before the window. */
    @Scheduled(fixedDelayString = "${sangsaeng.coupons.failed-attempts-window:PT10M}")
    void forgetOld() {
        Instant since = clock.instant().minus(window);
        failures.entrySet()
                .removeIf(
                        e -> {
                            synchronized (e.getValue()) {
                                return e.getValue().isEmpty()
                                        || e.getValue().peekLast().isBefore(since);
                            }
                        });
    }

    int callers() {
        return failures.size();
    }
}
