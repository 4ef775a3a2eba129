package org.sangsaeng.membership;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class FirstAdminTests {

    private final AccountService accounts = mock(AccountService.class);

    @Test
    void anEmptyDatabaseGetsTheConfiguredAdministrator() {
        when(accounts.hasAccounts()).thenReturn(false);

        new FirstAdmin(accounts, "admin", "a-long-password-1").createIfNone();

        verify(accounts).createAccount("admin", "a-long-password-1", "admin", Set.of(Role.ADMIN));
    }

    @Test
    void aDatabaseWithAccountsGetsNoNewAdministrator() {
        when(accounts.hasAccounts()).thenReturn(true);

        new FirstAdmin(accounts, "admin", "a-long-password-1").createIfNone();

        verify(accounts, never()).createAccount(any(), any(), any(), anySet());
    }

    @Test
    void aShortPasswordStopsTheStart() {
        when(accounts.hasAccounts()).thenReturn(false);

        assertThatThrownBy(() -> new FirstAdmin(accounts, "admin", "short").createIfNone())
                .hasMessageContaining("12 characters");
        verify(accounts, never()).createAccount(any(), any(), any(), anySet());
    }

    @Test
    void aSecondNodeStartingOnTheSameEmptyDatabaseStartsWhenTheFirstCreatedTheAdministrator() {
        // Both nodes saw no account; this node's insert loses the race on the unique user name.
        when(accounts.hasAccounts()).thenReturn(false, true);
        when(accounts.createAccount(eq("admin"), any(), any(), anySet()))
                .thenThrow(new DataIntegrityViolationException("Duplicate entry 'admin'"));

        assertThatCode(() -> new FirstAdmin(accounts, "admin", "a-long-password-1").createIfNone())
                .doesNotThrowAnyException();
    }

    @Test
    void aFailedInsertWithNoAdministratorAnywhereStopsTheStart() {
        when(accounts.hasAccounts()).thenReturn(false);
        when(accounts.createAccount(eq("admin"), any(), any(), anySet()))
                .thenThrow(new DataIntegrityViolationException("Data too long for column"));

        assertThatThrownBy(
                        () -> new FirstAdmin(accounts, "admin", "a-long-password-1").createIfNone())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
