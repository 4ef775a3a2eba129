package org.sangsaeng.web;

import org.junit.jupiter.api.BeforeEach;
import org.sangsaeng.Fixtures;
import org.sangsaeng.InMemoryEngineTest;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A test of the REST API over real HTTP: a fresh co-op with its people for each test. */
public abstract class ApiTest extends InMemoryEngineTest {

    @Autowired protected AccountService accounts;
    @Autowired protected CoopService coops;
    @Autowired protected JdbcTemplate jdbc;

    protected Fixtures f;

    @BeforeEach
    void givenACoopWithItsPeople() {
        f = Fixtures.create(accounts, coops);
    }
}
