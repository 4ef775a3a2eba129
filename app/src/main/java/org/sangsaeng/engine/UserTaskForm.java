package org.sangsaeng.engine;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * The rules of one task form (by its BPMN form key): a module that owns a user task checks what a
 * person submitted and turns it into the variables the process continues with.
 */
public interface UserTaskForm {

    String formKey();

    /**
     * Returns the variables to complete the task with, or throws a {@link
     * org.sangsaeng.shared.BusinessException} that explains what is wrong.
     */
    Map<String, Object> validate(Map<String, Object> submitted, Map<String, Object> taskVariables);

    /**
     * A form from its key and its rules (submitted values and the task's variables in, variables
     * out).
     */
    static UserTaskForm of(
            String formKey,
            BiFunction<Map<String, Object>, Map<String, Object>, Map<String, Object>> rules) {
        return new UserTaskForm() {
            @Override
            public String formKey() {
                return formKey;
            }

            @Override
            public Map<String, Object> validate(
                    Map<String, Object> submitted, Map<String, Object> taskVariables) {
                return rules.apply(submitted, taskVariables);
            }
        };
    }
}
