package org.sangsaeng.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Refusals written before Spring MVC runs (servlet filters, the security chain) in the same problem
 * JSON as {@code ApiErrors}, explained in the caller's language.
 */
@Component
public class ProblemResponses {

    /** The refusal when the database or the engine cannot answer for a moment (HTTP 503). */
    public static final String UNAVAILABLE = "error.service.unavailable";

    static final String RETRY_AFTER_SECONDS = "5";

    private final Messages messages;

    public ProblemResponses(Messages messages) {
        this.messages = messages;
    }

    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String messageKey)
            throws IOException {
        String detail = messages.get(messageKey, request.getLocale());
        response.setStatus(status.value());
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter()
                .write(
                        "{\"type\":\"about:blank\",\"title\":\""
                                + status.getReasonPhrase()
                                + "\",\"status\":"
                                + status.value()
                                + ",\"detail\":\""
                                + detail.replace("\\", "\\\\").replace("\"", "\\\"")
                                + "\",\"code\":\""
                                + messageKey
                                + "\"}");
    }
}
