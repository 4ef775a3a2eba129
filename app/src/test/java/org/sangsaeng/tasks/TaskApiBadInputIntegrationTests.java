package org.sangsaeng.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sangsaeng.web.BadInput.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sangsaeng.web.BadInputTest;

/**
 * The task API refuses bad forms, strangers and a second completion, and leaves the task open then.
 */
class TaskApiBadInputIntegrationTests extends BadInputTest {

    long taskId;
    Supplier<?> task;

    @BeforeEach
    void givenAReviewTask() {
        bad.ok(
                "POST",
                "/api/v1/coops/" + f.coopId() + "/applications",
                f.applicant(),
                "{\"businessType\":\"LAUNDRY\",\"shopName\":\"깨끗한 세탁소\"}");
        String open = "select job_key from task where status = 'OPEN' and coop_id = ?";
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !jdbc.queryForList(open, Long.class, f.coopId()).isEmpty());
        taskId = jdbc.queryForList(open, Long.class, f.coopId()).getFirst();
        task =
                bad.rows(
                        "select t.status, t.completed_by, a.status application from task t, membership_application a"
                                + " where t.job_key = ? and a.coop_id = ?",
                        taskId,
                        f.coopId());
    }

    @Test
    void garbageIsRefused() {
        bad.refusesGarbage("POST", "/api/v1/tasks/" + taskId + "/complete", f.leader(), task);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"approved\":\"maybe\"}",
                "{\"approved\":null}",
                "{\"approved\":false}",
                "{\"approved\":false,\"reason\":\"  \"}",
                "{\"approved\":[true]}"
            })
    void badFormsAreRefusedWithAMessage(String form) {
        bad.refused(400, "POST", "/api/v1/tasks/" + taskId + "/complete", f.leader(), form, task);
    }

    @Test
    void aReasonOver1000CharactersIsRefused() {
        bad.refused(
                400,
                "POST",
                "/api/v1/tasks/" + taskId + "/complete",
                f.leader(),
                "{\"approved\":false,\"reason\":" + json("가".repeat(1001)) + "}",
                task);
    }

    @Test
    void strangersUnknownTasksBadPagingAndASecondCompletionAreRefused() {
        bad.refused(
                403,
                "POST",
                "/api/v1/tasks/" + taskId + "/complete",
                f.otherLeader(),
                "{\"approved\":true}",
                task);
        bad.refused(
                404,
                "POST",
                "/api/v1/tasks/987654321/complete",
                f.leader(),
                "{\"approved\":true}",
                task);
        bad.refused(400, "GET", "/api/v1/tasks/abc", f.leader(), null, task);
        bad.refused(400, "GET", "/api/v1/tasks?offset=-5", f.leader(), null, task);
        bad.refused(400, "GET", "/api/v1/tasks?limit=0", f.leader(), null, task);
        bad.refused(400, "GET", "/api/v1/tasks?coopId=x", f.leader(), null, task);
        HttpResponse<String> cursor =
                bad.refused(400, "GET", "/api/v1/tasks?after=not-a-cursor", f.leader(), null, task);
        assertThat(cursor.body()).contains("error.paging.after").contains("after");

        bad.ok("POST", "/api/v1/tasks/" + taskId + "/complete", f.leader(), "{\"approved\":true}");
        // The engine approves the application a moment later; the repeat is compared with that.
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                "APPROVED"
                                        .equals(
                                                jdbc.queryForObject(
                                                        "select status from membership_application where coop_id = ?",
                                                        String.class,
                                                        f.coopId())));
        bad.refused(
                409,
                "POST",
                "/api/v1/tasks/" + taskId + "/complete",
                f.leader(),
                "{\"approved\":false,\"reason\":\"취소\"}",
                task);
    }
}
