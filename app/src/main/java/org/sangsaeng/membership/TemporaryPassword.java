package org.sangsaeng.membership;

/**
 * A temporary password, shown once to the administrator who made it and stored only as a hash; the
 * account must choose its own password at its next sign-in.
 */
public record TemporaryPassword(AccountSummary account, String temporaryPassword) {}
