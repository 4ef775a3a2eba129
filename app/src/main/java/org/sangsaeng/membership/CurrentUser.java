package org.sangsaeng.membership;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The signed-in user with everything authorisation needs: global roles and co-op memberships.
 * Candidate groups of user tasks use the names of {@link #groups()}.
 */
public record CurrentUser(
        long id,
        String username,
        String displayName,
        Locale locale,
        Set<Role> roles,
        List<CoopMembership> memberships,
        Long supplierId) {

    public static final String FOUNDATION_GROUP = "foundation";
    public static final String ADMIN_GROUP = "admin";

    public static String memberGroup(long coopId) {
        return "coop:" + coopId + ":member";
    }

    public static String leaderGroup(long coopId) {
        return "coop:" + coopId + ":leader";
    }

    public static String supplierGroup(long supplierId) {
        return "supplier:" + supplierId;
    }

    public boolean isMemberOf(long coopId) {
        return memberships.stream().anyMatch(m -> m.coopId() == coopId);
    }

    public boolean isLeaderOf(long coopId) {
        return memberships.stream().anyMatch(m -> m.coopId() == coopId && m.leader());
    }

    /** Whether this user may read a co-op's affairs: its members, the foundation and admins. */
    public boolean mayRead(long coopId) {
        return isMemberOf(coopId) || overseesAll();
    }

    /** Whether this user oversees every co-op: the foundation and admins. */
    public boolean overseesAll() {
        return has(Role.FOUNDATION) || has(Role.ADMIN);
    }

    /**
     * Whether this user oversees a co-op's affairs as a whole: its leaders, the foundation and
     * admins.
     */
    public boolean oversees(long coopId) {
        return isLeaderOf(coopId) || overseesAll();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The candidate groups this user belongs to. */
    public Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        for (CoopMembership m : memberships) {
            groups.add(memberGroup(m.coopId()));
            if (m.leader()) {
                groups.add(leaderGroup(m.coopId()));
            }
        }
        if (supplierId != null) {
            groups.add(supplierGroup(supplierId));
        }
        if (roles.contains(Role.FOUNDATION)) {
            groups.add(FOUNDATION_GROUP);
        }
        if (roles.contains(Role.ADMIN)) {
            groups.add(ADMIN_GROUP);
        }
        return groups;
    }
}
