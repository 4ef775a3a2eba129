package org.sangsaeng.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.ShiftedClock;
import org.sangsaeng.db.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The throttle's rules on a real MariaDB with the clock moved by hand: each wrong password makes
 * the next try wait longer, a sprayer at one address is slowed across accounts, guessers elsewhere
 * cannot keep an account's owner out for more than a minute, and counts are forgotten.
 */
class SignInThrottleIntegrationTests {

    private final ShiftedClock clock = new ShiftedClock();
    private SignInThrottle throttle;
    private JdbcTemplate jdbc;

    @BeforeEach
    void freshDatabase() {
        TestDatabase.Database db = TestDatabase.newMigratedDatabase("throttle");
        jdbc =
                new JdbcTemplate(
                        new SimpleDriverDataSource(
                                new org.mariadb.jdbc.Driver(), db.url(), db.user(), db.password()));
        throttle = new SignInThrottle(jdbc, clock, 20);
    }

    @Test
    void fiveFreeTriesThenEachWrongPasswordDoublesTheWait() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("kim.bakery", "203.0.113.7");
        }
        assertThat(throttle.wait("kim.bakery", "203.0.113.7")).isZero();
        throttle.failed("kim.bakery", "203.0.113.7");
        assertThat(throttle.wait("kim.bakery", "203.0.113.7"))
                .isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        throttle.failed("kim.bakery", "203.0.113.7");
        throttle.failed("kim.bakery", "203.0.113.7");
        assertThat(throttle.wait("kim.bakery", "203.0.113.7"))
                .isBetween(Duration.ofMillis(3500), Duration.ofSeconds(4));
        assertThat(throttle.wait("kim.bakery", "198.51.100.20")).as("the owner elsewhere").isZero();

        clock.shift(Duration.ofSeconds(5));
        assertThat(throttle.wait("kim.bakery", "203.0.113.7")).as("after the wait").isZero();
    }

    @Test
    void aParallelGuessCountedAfterThisTrysNowDoesNotSlowAFreeTry() {
        // Another request counted its wrong password a moment after this one read the clock.
        clock.shift(Duration.ofMillis(50));
        throttle.failed("kim.bakery", "203.0.113.7");
        clock.shift(Duration.ofMillis(-50));

        assertThat(throttle.wait("kim.bakery", "203.0.113.7"))
                .as("one failure of five free tries")
                .isZero();
    }

    @Test
    void aSprayerAtOneAddressIsSlowedAcrossAccounts() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("member-" + i, "203.0.113.9");
        }
        assertThat(throttle.wait("someone-else", "203.0.113.9"))
                .isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(throttle.wait("someone-else", "198.51.100.20")).isZero();
    }

    @Test
    void guessersFromEverywhereSlowAnAccountByAtMostAMinute() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("park.butcher", "203.0.113." + i);
        }
        assertThat(throttle.wait("park.butcher", "198.51.100.20"))
                .isBetween(Duration.ofSeconds(50), Duration.ofMinutes(1));
    }

    @Test
    void countsAreForgottenAfterFifteenQuietMinutesAndARightPasswordClearsTheAccount() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("lee.sidedish", "203.0.113.7");
        }
        clock.shift(Duration.ofMinutes(16));
        assertThat(throttle.wait("lee.sidedish", "203.0.113.7")).isZero();
        throttle.failed("lee.sidedish", "203.0.113.7");
        assertThat(
                        jdbc.queryForObject(
                                "select failures from sign_in_failure where subject = 'u:lee.sidedish'",
                                Integer.class))
                .as("a new window starts at one")
                .isEqualTo(1);

        throttle.succeeded("lee.sidedish", "203.0.113.7");
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from sign_in_failure where subject like '%lee.sidedish%'",
                                Integer.class))
                .isZero();
        throttle.forgetOldCounts();
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure", Integer.class))
                .as("the address's, recent")
                .isEqualTo(1);
        clock.shift(Duration.ofMinutes(32));
        throttle.forgetOldCounts();
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure", Integer.class))
                .as("the table stays small")
                .isZero();
    }
}
