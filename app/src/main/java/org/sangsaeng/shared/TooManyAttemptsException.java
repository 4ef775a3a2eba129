package org.sangsaeng.shared;

/** Refused because the caller failed too often lately (guessing codes or links); HTTP 429. */
public class TooManyAttemptsException extends BusinessException {

    public TooManyAttemptsException() {
        super("error.public.throttled");
    }
}
