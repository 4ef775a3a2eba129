package org.sangsaeng.shared;

/** The signed-in user may not do this. */
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
