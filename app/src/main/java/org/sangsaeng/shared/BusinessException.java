package org.sangsaeng.shared;

import java.util.List;

/**
 * A refused request, explained to the user: the message key names a text in the message bundles
 * (Korean and English), the arguments fill its placeholders.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        // Arguments may be null (an absent value is worth showing), so not List.of.
        this.arguments =
                java.util.Collections.unmodifiableList(java.util.Arrays.asList(arguments.clone()));
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
