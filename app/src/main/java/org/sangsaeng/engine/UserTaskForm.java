package org.sangsaeng.engine;

import java.util.Collection;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

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
     * The answer {@code answeredBy} gave to this task (and that {@link #validate} stored) was not
     * taken: the engine no longer had the task when its completion arrived. A form that stores rows
     * makes them not count here, in the transaction that marks the task as not taken. Returns false
     * only when its module has already used the answer (a vote counted the ballot before it was
     * closed): then the answer stands and the task stays completed. Forms that store nothing of
     * their own keep this default.
     */
    default boolean notTaken(String answeredBy, Map<String, Object> taskVariables) {
        return true;
    }

    /** The forms by their keys. */
    static Map<String, UserTaskForm> byKey(Collection<UserTaskForm> forms) {
        return forms.stream().collect(Collectors.toMap(UserTaskForm::formKey, f -> f));
    }

    /**
     * A form from its key and its rules (submitted values and the task's variables in, variables
     * out).
     */
    static UserTaskForm of(
            String formKey,
            BiFunction<Map<String, Object>, Map<String, Object>, Map<String, Object>> rules) {
        return of(formKey, rules, (answeredBy, taskVariables) -> true);
    }

    /**
     * A form from its key, its rules, and what makes an answer that was not taken not count ({@link
     * #notTaken}: who answered and the task's variables in).
     */
    static UserTaskForm of(
            String formKey,
            BiFunction<Map<String, Object>, Map<String, Object>, Map<String, Object>> rules,
            BiPredicate<String, Map<String, Object>> notTaken) {
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

            @Override
            public boolean notTaken(String answeredBy, Map<String, Object> taskVariables) {
                return notTaken.test(answeredBy, taskVariables);
            }
        };
    }
}
