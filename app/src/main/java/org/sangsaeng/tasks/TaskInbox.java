package org.sangsaeng.tasks;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sangsaeng.engine.TaskAnsweredElsewhere;
import org.sangsaeng.engine.UserTaskForm;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.BusinessSummaries;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.tasks.domain.Task;
import org.sangsaeng.tasks.domain.TaskLists;
import org.sangsaeng.tasks.domain.Tasks;
import org.sangsaeng.tasks.process.CompletionOutbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in user's tasks: those assigned to them and those of their candidate groups (their
 * co-ops' members or leaders, the foundation). Nobody sees or completes anyone else's.
 */
@Service
@Transactional
public class TaskInbox {

    private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {};

    /** The variable that tells the audit trail who completed a task. */
    public static final String COMPLETED_BY = "completedBy";

    private final Tasks tasks;
    private final TaskLists lists;
    private final CurrentUsers currentUsers;
    private final Map<String, UserTaskForm> forms;
    private final JsonMapper json;
    private final CompletionOutbox outbox;
    private final List<BusinessSummaries> businessViews;
    private final Clock clock;

    TaskInbox(
            Tasks tasks,
            TaskLists lists,
            CurrentUsers currentUsers,
            List<UserTaskForm> forms,
            JsonMapper json,
            CompletionOutbox outbox,
            List<BusinessSummaries> businessViews,
            Clock clock) {
        this.tasks = tasks;
        this.lists = lists;
        this.currentUsers = currentUsers;
        this.outbox = outbox;
        this.forms = UserTaskForm.byKey(forms);
        this.json = json;
        this.businessViews = businessViews;
        this.clock = clock;
    }

    /** Open tasks of the signed-in user, earliest due first. */
    @Transactional(readOnly = true)
    public List<TaskDetails> myTasks(TaskFilter filter, int offset, int limit) {
        return list(visible(filter), null, offset, limit).items();
    }

    /**
     * One page of the signed-in user's open tasks and how many there are, who they are read once:
     * what {@code GET /api/v1/tasks} answers. {@code after} is the {@code next} of the page before
     * (null for the first page); {@code offset} skips as many tasks after that.
     */
    @Transactional(readOnly = true)
    public TaskListPage myTaskPage(TaskFilter filter, String after, int offset, int limit) {
        TaskLists.Reader reader = visible(filter);
        TaskListPage page = list(reader, after, offset, limit);
        return new TaskListPage(
                TaskCount.of(lists.countUpTo(reader, TaskCount.CAP)), page.items(), page.next());
    }

    /**
     * A page as {@link #myTaskPage} gives it, without the count: for a list that scrolls on, which
     * counted when it opened. Its {@code total} is null.
     */
    @Transactional(readOnly = true)
    public TaskListPage myTasksAfter(TaskFilter filter, String after, int offset, int limit) {
        return list(visible(filter), after, offset, limit);
    }

    private TaskListPage list(TaskLists.Reader reader, String after, int offset, int limit) {
        if (limit <= 0 || offset < 0) {
            throw new InvalidInputException("error.paging.invalid");
        }
        TaskLists.Cursor cursor =
                after == null
                        ? null
                        : TaskLists.Cursor.parse(after)
                                .orElseThrow(() -> new InvalidInputException("error.paging.after"));
        TaskLists.Page page = lists.page(reader, cursor, offset, Math.min(limit, 500));
        Map<Long, TaskDetails> byKey =
                lists.rows(page.keys(), this::readVariables).stream()
                        .collect(Collectors.toMap(TaskDetails::id, Function.identity()));
        Map<String, String> subjects =
                titles(byKey.values().stream().map(TaskDetails::businessKey).toList());
        return new TaskListPage(
                null,
                page.keys().stream()
                        .map(byKey::get)
                        .filter(Objects::nonNull)
                        .map(t -> t.withSubject(subjects.get(t.businessKey())))
                        .toList(),
                page.next() == null ? null : page.next().text());
    }

    /**
     * How many open tasks the signed-in user has, exact up to {@link TaskCount#CAP}: the count
     * reads no more of the list than that, however many tasks the person's groups have.
     */
    @Transactional(readOnly = true)
    public TaskCount countMyTasks(TaskFilter filter) {
        return TaskCount.of(lists.countUpTo(visible(filter), TaskCount.CAP));
    }

    private TaskLists.Reader visible(TaskFilter filter) {
        CurrentUser me = currentUsers.require();
        TaskFilter f = filter == null ? TaskFilter.none() : filter;
        return new TaskLists.Reader(
                me.username(), Set.copyOf(me.groups()), f.coopId(), f.processId());
    }

    /** One task the signed-in user may act on (open or already done by them). */
    @Transactional(readOnly = true)
    public TaskDetails get(long taskId) {
        CurrentUser me = currentUsers.require();
        Task task =
                tasks.findById(taskId)
                        .orElseThrow(() -> new NotFoundException("error.task.notFound", taskId));
        requireVisible(me, task);
        return view(task, subjects(List.of(task)).get(task.getBusinessKey()));
    }

    /**
     * Completes a task with what the person submitted, checked by the form's rules, and records who
     * did it. Refused, changing nothing, when the task is not theirs or no longer open. The answer,
     * the task's new state and the command that completes its job on the engine commit together;
     * the command is sent after commit ({@link CompletionOutbox}), so nobody waits for the engine.
     * Should the engine no longer have the task by then, the answer is marked as not taken and the
     * person is told. Read committed, as what a form writes is guarded by the row locks it takes
     * (the task's here, a vote's or a pledge's in the form): no gap locks for many people's
     * completions to deadlock on.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public TaskDetails complete(long taskId, Map<String, Object> submitted) {
        CurrentUser me = currentUsers.require();
        Task task =
                tasks.findForUpdate(taskId)
                        .orElseThrow(() -> new NotFoundException("error.task.notFound", taskId));
        requireVisible(me, task);
        if (task.getStatus() != TaskStatus.OPEN) {
            throw new BusinessException("error.task.notOpen");
        }
        UserTaskForm form = forms.get(task.getFormKey());
        if (form == null) {
            throw new BusinessException("error.task.unknownForm", task.getFormKey());
        }
        Map<String, Object> variables =
                new HashMap<>(
                        form.validate(
                                submitted == null ? Map.of() : submitted, readVariables(task)));
        answered(task, variables, me.username());
        return view(task, subjects(List.of(task)).get(task.getBusinessKey()));
    }

    /**
     * Completes a person's open tasks that were answered outside their form: the form is not run
     * again, so the answer counts once, and nobody is reminded of what they have answered. Runs in
     * the answering transaction, which stores the completion commands with the answer.
     */
    @EventListener
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void on(TaskAnsweredElsewhere answered) {
        String username = answered.username();
        for (long jobKey :
                tasks.findOpenKeysOf(username, answered.businessKey(), answered.formKey())) {
            Task task = tasks.findForUpdate(jobKey).orElse(null);
            // A form submitted at the same moment may have completed it while we waited for its
            // lock.
            if (task != null && task.getStatus() == TaskStatus.OPEN) {
                answered(task, new HashMap<>(), username);
            }
        }
    }

    /** The task is done for its people at once; its job is completed after commit. */
    private void answered(Task task, Map<String, Object> variables, String username) {
        variables.put(COMPLETED_BY, username);
        task.complete(username, clock.instant());
        tasks.hideFromLists(task.getJobKey());
        outbox.add(task.getJobKey(), variables, username);
    }

    /**
     * For job workers (reminders): the open tasks of one user-task element of a process instance.
     */
    @Transactional(readOnly = true)
    public List<TaskDetails> openTasksOf(long processInstanceKey, String elementId) {
        return tasks
                .findByProcessInstanceKeyAndElementIdAndStatus(
                        processInstanceKey, elementId, TaskStatus.OPEN)
                .stream()
                .map(t -> view(t, null))
                .toList();
    }

    private static void requireVisible(CurrentUser me, Task task) {
        boolean mine =
                me.username().equals(task.getAssignee())
                        || task.getCandidateGroups().stream().anyMatch(me.groups()::contains);
        if (!mine) {
            throw new AccessDeniedException("error.task.notYours");
        }
    }

    private Map<String, Object> readVariables(Task task) {
        return readVariables(task.getVariables());
    }

    private Map<String, Object> readVariables(String variables) {
        return json.readValue(variables, VARIABLES);
    }

    private TaskDetails view(Task t, String subject) {
        return new TaskDetails(
                t.getJobKey(),
                t.getBpmnProcessId(),
                t.getElementId(),
                t.getFormKey(),
                t.getAssignee(),
                Set.copyOf(t.getCandidateGroups()),
                t.getBusinessKey(),
                t.getCoopId(),
                t.getDueAt(),
                t.getCreatedAt(),
                t.getStatus(),
                t.getCompletedBy(),
                t.getCompletedAt(),
                readVariables(t),
                subject);
    }

    private Map<String, String> subjects(Collection<Task> page) {
        return titles(page.stream().map(Task::getBusinessKey).toList());
    }

    /**
     * The titles of what tasks are about, by business key: one read per kind of business object
     * (the module that owns it answers), however many tasks a page holds. Package-private for the
     * benchmark's breakdown ({@code TaskListBenchmark}).
     */
    Map<String, String> titles(Collection<String> businessKeys) {
        Map<String, String> subjects = new HashMap<>();
        for (BusinessSummaries view : businessViews) {
            Map<String, Long> ids = new HashMap<>();
            for (String key : businessKeys) {
                if (key != null && key.startsWith(view.prefix())) {
                    try {
                        ids.put(key, Long.parseLong(key.substring(view.prefix().length())));
                    } catch (NumberFormatException e) {
                        // Not one of this module's objects after all.
                    }
                }
            }
            if (!ids.isEmpty()) {
                Map<Long, String> titles = view.titles(Set.copyOf(ids.values()));
                ids.forEach(
                        (key, id) -> {
                            if (titles.containsKey(id)) {
                                subjects.put(key, titles.get(id));
                            }
                        });
            }
        }
        return subjects;
    }
}
