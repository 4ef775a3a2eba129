package org.sangsaeng.membership;

/**
 * What a person may do: MEMBER and LEADER come from co-op memberships, the others are given to an
 * account.
 */
public enum Role {
    MEMBER,
    LEADER,
    SUPPLIER,
    FOUNDATION,
    ADMIN
}
