package org.sangsaeng.tasks;

import java.util.List;

/**
 * One page of "my tasks": the tasks in list order, {@code next} to pass as {@code after} for the
 * page that follows (null after the last), and the count when it was asked for (else null).
 */
public record TaskListPage(TaskCount total, List<TaskDetails> items, String next) {}
