package org.sangsaeng.tasks.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.function.Consumer;
import org.sangsaeng.tasks.TaskView;

/** Builds the form of one kind of task (by its BPMN form key); the module that owns the task provides it. */
public interface TaskFormFactory {

    String formKey();

    /** A form that calls submit with what the person entered; the server checks it again. */
    Component create(TaskView task, Consumer<Map<String, Object>> submit);
}
