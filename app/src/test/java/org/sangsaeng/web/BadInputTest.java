package org.sangsaeng.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.sangsaeng.Fixtures;
import org.sangsaeng.InMemoryEngineTest;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bad input test of one REST API: a fresh co-op with its people, and the helper that sends bad
 * requests.
 */
public abstract class BadInputTest extends InMemoryEngineTest {

    @Autowired protected AccountService accounts;
    @Autowired protected CoopService coops;
    @Autowired protected JdbcTemplate jdbc;

    protected BadInput bad;
    protected Fixtures f;

    @BeforeEach
    void givenACoopAndTheHelper() {
        bad = new BadInput(port, jdbc);
        f = Fixtures.create(accounts, coops);
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
