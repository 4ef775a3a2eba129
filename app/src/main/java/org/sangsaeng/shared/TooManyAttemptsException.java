package org.sangsaeng.shared;

/** Refused because the caller failed too often lately (guessing codes or links); HTTP 429. */
public class TooManyAttemptsException extends BusinessException {

    public TooManyAttemptsException() {
        super("error.public.throttled");
    }

    /** Refused with a message of its own (what was tried too often, and when to try again). */
    public TooManyAttemptsException(String messageKey) {
        super(messageKey);
    }
}
