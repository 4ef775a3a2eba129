package org.sangsaeng.tasks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sangsaeng.tasks.TaskView;
import org.sangsaeng.ui.Feedback;

/**
 * Builds the form of one kind of task (by its BPMN form key); the module that owns the task
 * provides it.
 */
public interface TaskFormFactory {

    String formKey();

    /** A form that calls submit with what the person entered; the server checks it again. */
    Component create(TaskView task, Consumer<Map<String, Object>> submit);

    /**
     * The fields of a form about one subject (a purchase, a job, a coupon), below what is shown of
     * it.
     */
    interface Body<T> {
        void build(VerticalLayout form, T subject, Consumer<Map<String, Object>> submit);
    }

    /**
     * A form about the subject the task names: loaded for the person (a refusal is shown and the
     * form stays empty), then built by {@code body}.
     */
    static <T> TaskFormFactory about(
            String formKey, Feedback feedback, Function<TaskView, T> load, Body<T> body) {
        return new TaskFormFactory() {
            @Override
            public String formKey() {
                return formKey;
            }

            @Override
            public Component create(TaskView task, Consumer<Map<String, Object>> submit) {
                VerticalLayout form = new VerticalLayout();
                form.setPadding(false);
                form.addClassName("task-form");
                T subject = feedback.attempt(() -> load.apply(task));
                if (subject != null) {
                    body.build(form, subject, submit);
                }
                return form;
            }
        };
    }

    /** The id a task's variable holds. */
    static long id(TaskView task, String variable) {
        return ((Number) task.variables().get(variable)).longValue();
    }
}
