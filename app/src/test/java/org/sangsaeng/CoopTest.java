package org.sangsaeng;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A test of the whole app ({@link InMemoryEngineTest}) about one co-op: a fresh co-op with its
 * people ({@link Fixtures}) for each test, and no one signed in after it.
 */
public abstract class CoopTest extends InMemoryEngineTest {

    @Autowired protected AccountService accounts;
    @Autowired protected CoopService coops;
    @Autowired protected JdbcTemplate jdbc;

    protected Fixtures f;

    @BeforeEach
    void givenACoopWithItsPeople() {
        f = Fixtures.create(accounts, coops);
    }

    @AfterEach
    void signOutAfterEach() {
        Fixtures.signOut();
    }
}
