package org.sangsaeng.membership;

import java.util.Set;

/**
 * An account the foundation or an admin makes for a person: phone and e-mail may be left out; no
 * roles makes a merchant (co-op memberships come from applications), or SUPPLIER, FOUNDATION,
 * ADMIN.
 */
public record NewAccount(
        String username, String displayName, String phone, String email, Set<Role> roles) {}
