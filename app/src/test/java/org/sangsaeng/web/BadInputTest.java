package org.sangsaeng.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.sangsaeng.CoopTest;

/**
 * A bad input test of one REST API: a fresh co-op with its people, and the helper that sends bad
 * requests.
 */
public abstract class BadInputTest extends CoopTest {

    protected BadInput bad;

    @BeforeEach
    void givenTheHelper() {
        bad = new BadInput(port, jdbc);
    }

    /** Runs the calls and checks that no SQL in them ran: the accounts are as many as before. */
    protected void noSqlRunBy(Runnable calls) {
        long users = jdbc.queryForObject("select count(*) from app_user", Long.class);
        calls.run();
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class))
                .as("accounts")
                .isEqualTo(users);
    }
}
