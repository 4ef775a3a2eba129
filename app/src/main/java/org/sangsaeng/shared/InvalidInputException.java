package org.sangsaeng.shared;

/** What the person entered breaks a rule; nothing was changed. */
public class InvalidInputException extends BusinessException {

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
