package org.sangsaeng.membership;

/**
 * A search of accounts: text in the username, display name or phone; a given role (MEMBER:
 * merchants, accounts without a given role); active or not. Each may be null for "any".
 */
public record AccountQuery(String text, Role role, Boolean active) {

    public static final AccountQuery ALL = new AccountQuery(null, null, null);
}
