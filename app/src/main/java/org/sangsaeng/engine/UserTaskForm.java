package org.sangsaeng.engine;

import java.util.Map;

/**
 * The rules of one task form (by its BPMN form key): a module that owns a user task checks what a
 * person submitted and turns it into the variables the process continues with.
 */
public interface UserTaskForm {

    String formKey();

    /**
     * Returns the variables to complete the task with, or throws a
     * {@link org.sangsaeng.shared.BusinessException} that explains what is wrong.
     */
    Map<String, Object> validate(Map<String, Object> submitted, Map<String, Object> taskVariables);
}
