package org.sangsaeng.shared;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An administrative change: a market, co-op, supplier, catalogue line or account made or changed by
 * a foundation officer or an admin. Published inside the change's own transaction, so its record
 * (kept by oversight, readable by the foundation) commits or rolls back with the change itself.
 *
 * @param before the changed fields as they were (empty when the subject was created)
 * @param after the changed fields as they are now (personal data of someone who left is not
 *     repeated here)
 */
public record AdministrativeChange(
        Subject subject,
        long subjectId,
        Action action,
        String actor,
        Instant at,
        Map<String, String> before,
        Map<String, String> after) {

    public enum Subject {
        MARKET,
        COOP,
        SUPPLIER,
        CATALOGUE_ITEM,
        ACCOUNT
    }

    public enum Action {
        CREATED,
        CHANGED,
        ROLES_CHANGED,
        DEACTIVATED,
        REACTIVATED,
        PASSWORD_RESET,
        ANONYMISED,
        MEMBER_ADDED,
        LEADER_APPOINTED
    }

    public AdministrativeChange {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(action);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(at);
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }
}
