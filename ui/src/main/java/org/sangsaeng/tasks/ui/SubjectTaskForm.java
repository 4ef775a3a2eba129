package org.sangsaeng.tasks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.ui.Feedback;

/**
 * The form of a task about one thing the task names by its id (a proposal, an application, a vote),
 * as {@link TaskFormFactory#about} builds it: loaded for the person, a refusal shown and the form
 * left empty, else built by {@link #build}.
 */
public abstract class SubjectTaskForm<T> implements TaskFormFactory {

    private final TaskFormFactory form;

    /**
     * @param idVariable the task variable that holds the thing's id
     */
    protected SubjectTaskForm(
            FormKey formKey, Feedback feedback, String idVariable, LongFunction<T> load) {
        this.form =
                TaskFormFactory.about(
                        formKey.key(),
                        feedback,
                        task -> load.apply(TaskFormFactory.id(task, idVariable)),
                        this::build);
    }

    @Override
    public String formKey() {
        return form.formKey();
    }

    @Override
    public Component create(TaskDetails task, Consumer<Map<String, Object>> submit) {
        return form.create(task, submit);
    }

    /** Adds what is shown of {@code subject} and the fields that answer the task to the form. */
    protected abstract void build(
            VerticalLayout form, T subject, Consumer<Map<String, Object>> submit);
}
