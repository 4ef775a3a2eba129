package org.sangsaeng.oversight;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sangsaeng.Fixtures;
import org.sangsaeng.membership.Role;
import org.sangsaeng.web.BadInputTest;

/**
 * The process explorer and audit API refuse bad searches, unknown instances and strangers, and
 * change nothing.
 */
class OversightApiBadInputIntegrationTests extends BadInputTest {

    String officer;
    Supplier<?> audit;

    @BeforeEach
    void givenACoopAndAnOfficer() {
        officer = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(officer, Fixtures.PASSWORD, "재단 직원", Set.of(Role.FOUNDATION));
        audit = bad.tables("audit_record", "oversight_checkpoint");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/process-instances?state=LOST",
                "/api/v1/process-instances?from=yesterday",
                "/api/v1/process-instances?coopId=abc",
                "/api/v1/process-instances?page=x",
                "/api/v1/process-instances/export?format=PDF",
                "/api/v1/process-instances/abc",
                "/api/v1/audit/records?partition=x",
                "/api/v1/audit/records?partition=1&limit=0",
                "/api/v1/audit/records?partition=1&limit=99999999",
                "/api/v1/audit/records",
                "/api/v1/process-instances/1/trail?format=DOC"
            })
    void badSearchesAreRefused(String path) {
        bad.refused(400, "GET", path, officer, null, audit);
    }

    @Test
    void unknownInstancesAndStrangersAreRefused() {
        bad.refused(404, "GET", "/api/v1/process-instances/987654321", officer, null, audit);
        bad.refused(
                404, "GET", "/api/v1/process-instances/987654321/diagram", officer, null, audit);
        bad.refused(403, "GET", "/api/v1/process-instances", f.member(), null, audit);
        bad.refused(
                403,
                "GET",
                "/api/v1/process-instances?coopId=" + f.coopId(),
                f.otherLeader(),
                null,
                audit);
        bad.refused(403, "GET", "/api/v1/audit/records?partition=1", f.leader(), null, audit);
        bad.refused(403, "POST", "/api/v1/audit/verify", f.leader(), null, audit);
        bad.refused(405, "DELETE", "/api/v1/audit/verify", officer, null, audit);
        bad.refused(405, "PUT", "/api/v1/process-instances/1", officer, "{}", audit);
    }
}
