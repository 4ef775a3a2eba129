package org.sangsaeng.coop;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sangsaeng.shared.AdministrativeChange;
import org.sangsaeng.shared.AdministrativeChange.Action;
import org.sangsaeng.shared.AdministrativeChange.Subject;
import org.sangsaeng.shared.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * What every administrative create and change shares: only foundation officers and admins may make
 * it, and it is told as an {@link AdministrativeChange} inside the change's transaction.
 */
@Component
class AdministrativeChanges {

    private final AccountLookup accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdministrativeChanges(AccountLookup accounts, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The administrator's username; refuses everyone else (403). */
    String requireAdministrator() {
        return accounts.requireAdministrator();
    }

    void created(Subject subject, long id, String actor, Map<String, String> fields) {
        events.publishEvent(
                new AdministrativeChange(
                        subject, id, Action.CREATED, actor, clock.instant(), Map.of(), fields));
    }

    /** Publishes the fields that differ; nothing when nothing changed. */
    void changed(
            Subject subject,
            long id,
            String actor,
            Map<String, String> before,
            Map<String, String> after) {
        Map<String, String> was = new LinkedHashMap<>();
        Map<String, String> now = new LinkedHashMap<>();
        after.forEach(
                (field, value) -> {
                    if (!Objects.equals(before.get(field), value)) {
                        was.put(field, before.get(field));
                        now.put(field, value);
                    }
                });
        if (!now.isEmpty()) {
            events.publishEvent(
                    new AdministrativeChange(
                            subject, id, Action.CHANGED, actor, clock.instant(), was, now));
        }
    }

    /** A field map for an event: absent values are shown as empty texts. */
    static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(
                    namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return fields;
    }

    /**
     * Runs the write and flushes it; a unique key that another request took in the meantime (after
     * our own check) is refused with {@code refusal} instead of failing with a database error.
     */
    static void written(Runnable flush, String constraint, BusinessException refusal) {
        try {
            flush.run();
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains(constraint)) {
                throw refusal;
            }
            throw e;
        }
    }
}
