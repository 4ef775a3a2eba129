package org.sangsaeng.engine;

/**
 * A person gave the answer a user task of theirs asks for (its form key, about this business
 * object) outside that task's form, e.g. a ballot cast on the vote's own page. Published inside the
 * answering transaction: the task inbox completes the task in it, so the answer and the completion
 * stand or fall together, and the form does not count the answer a second time.
 */
public record TaskAnsweredElsewhere(String businessKey, String formKey, String username) {}
