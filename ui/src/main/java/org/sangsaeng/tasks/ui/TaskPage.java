package org.sangsaeng.tasks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.tasks.TaskStatus;
import org.sangsaeng.ui.Feedback;

/** One task: what it is about, and its form. Completing it returns to the task list. */
@Route("tasks/:taskId")
@PermitAll
public class TaskPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TaskInbox inbox;
    private final Feedback feedback;
    private final Map<String, TaskFormFactory> forms;

    /** Business keys ({@code <process>-<id>}) of processes whose subject has its own page. */
    private static final Map<String, String> SUBJECT_PAGES =
            Map.of(
                    "group-purchase-",
                    "purchases/",
                    "coop-proposal-",
                    "proposals/",
                    "job-post-",
                    "jobs/",
                    "coupon-",
                    "coupons/",
                    "joint-sale-",
                    "sales/");

    private String title = "";

    public TaskPage(TaskInbox inbox, Feedback feedback, List<TaskFormFactory> forms) {
        this.inbox = inbox;
        this.feedback = feedback;
        this.forms =
                forms.stream()
                        .collect(Collectors.toMap(TaskFormFactory::formKey, Function.identity()));
        addClassName("task-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        TaskDetails task = feedback.load(event, "taskId", inbox::get, MyTasksView.class);
        if (task == null) {
            return;
        }
        title = getTranslation(task.nameKey());
        add(new H2(title));
        if (task.subject() != null) {
            Paragraph subject = new Paragraph(getTranslation(task.subjectKey(), task.subject()));
            subject.setId("task-subject-title");
            subject.addClassName("task-subject");
            add(subject);
        }
        add(
                new Paragraph(
                        getTranslation("process." + task.processId())
                                + (task.dueAt() == null
                                        ? ""
                                        : " · "
                                                + getTranslation("tasks.column.due")
                                                + ": "
                                                + Feedback.dateTime(task.dueAt(), getLocale()))));
        subjectLink(task.businessKey()).ifPresent(this::add);
        if (task.status() != TaskStatus.OPEN) {
            Paragraph done =
                    new Paragraph(
                            getTranslation(
                                    task.status() == TaskStatus.NOT_TAKEN
                                            ? "tasks.notTaken"
                                            : "tasks.alreadyDone",
                                    task.completedBy(),
                                    Feedback.dateTime(task.completedAt(), getLocale())));
            done.setId("task-done");
            add(done);
        } else {
            TaskFormFactory factory = forms.get(task.formKey());
            Component form =
                    factory == null
                            ? new Paragraph(getTranslation("tasks.noForm", task.formKey()))
                            : factory.create(task, values -> complete(task, values));
            add(form);
        }
        add(
                new Button(
                        getTranslation("tasks.back"),
                        e -> getUI().ifPresent(ui -> ui.navigate(MyTasksView.class))));
    }

    /**
     * A link to what the task is about (the purchase, the proposal), so people read it in full
     * before acting.
     */
    private Optional<Anchor> subjectLink(String businessKey) {
        if (businessKey == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> subject : SUBJECT_PAGES.entrySet()) {
            if (businessKey.startsWith(subject.getKey())) {
                Anchor link =
                        new Anchor(
                                subject.getValue()
                                        + businessKey.substring(subject.getKey().length()),
                                getTranslation("tasks.subject"));
                link.setId("task-subject");
                return Optional.of(link);
            }
        }
        return Optional.empty();
    }

    private void complete(TaskDetails task, Map<String, Object> values) {
        TaskDetails done = feedback.attempt(() -> inbox.complete(task.id(), values));
        if (done != null) {
            feedback.success(getTranslation("tasks.completed", getTranslation(task.nameKey())));
            getUI().ifPresent(ui -> ui.navigate(MyTasksView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
