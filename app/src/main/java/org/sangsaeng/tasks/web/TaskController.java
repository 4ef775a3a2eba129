package org.sangsaeng.tasks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.tasks.TaskListPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "The signed-in user's task list")
class TaskController {

    private final TaskInbox inbox;
    private final Messages messages;

    TaskController(TaskInbox inbox, Messages messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    /** The task's name and what it is about ("투표: 추석 대비 밀가루 공동구매"), in the caller's language. */
    record TaskResponse(String name, String subject, TaskDetails task) {}

    /** One page; the total is counted no further than the list needs. */
    record TaskPage(
            @Schema(
                            description =
                                    "Open tasks, counted up to 1,000: with totalIsMore true there are more than"
                                            + " this (show \"1,000+\")")
                    long total,
            @Schema(description = "True when there are more open tasks than total says")
                    boolean totalIsMore,
            List<TaskResponse> items,
            @Schema(
                            description =
                                    "Pass as after for the next page; null after the last page",
                            nullable = true)
                    String next) {}

    @GetMapping
    @Operation(
            summary = "My open tasks, earliest due first; the total is counted up to 1,000",
            description =
                    "Page on with after = the next of the page before: each page costs the same"
                            + " however deep. offset skips tasks (after the cursor, if given).")
    TaskPage myTasks(
            @RequestParam(required = false) Long coopId,
            @RequestParam(required = false) String processId,
            @Parameter(description = "The next of the page before; absent for the first page")
                    @RequestParam(required = false)
                    String after,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit,
            Locale locale) {
        TaskListPage page =
                inbox.myTaskPage(new TaskFilter(coopId, processId), after, offset, limit);
        return new TaskPage(
                page.total().count(),
                page.total().more(),
                page.items().stream().map(t -> response(t, locale)).toList(),
                page.next());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of my tasks, with the variables its form needs")
    TaskResponse get(@PathVariable long id, Locale locale) {
        return response(inbox.get(id), locale);
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Complete one of my tasks with the form's fields")
    TaskResponse complete(
            @PathVariable long id, @RequestBody Map<String, Object> form, Locale locale) {
        return response(inbox.complete(id, form), locale);
    }

    private TaskResponse response(TaskDetails task, Locale locale) {
        return new TaskResponse(
                messages.get(task.nameKey(), locale),
                task.subject() == null
                        ? null
                        : messages.get(task.subjectKey(), locale, task.subject()),
                task);
    }
}
