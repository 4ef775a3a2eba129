package org.sangsaeng.engine;

import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.util.Locale;
import java.util.Set;
import org.sangsaeng.shared.ApiErrors;
import org.sangsaeng.shared.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The engine cannot be reached or is overloaded (a broker restarting, back pressure): the API
 * answers 503 and asks to try again; the request's own database changes are rolled back.
 */
@RestControllerAdvice
class EngineApiErrors {

    private static final Logger log = LoggerFactory.getLogger(EngineApiErrors.class);
    private static final Set<Status.Code> FOR_A_MOMENT = Set.of(Status.Code.UNAVAILABLE,
            Status.Code.DEADLINE_EXCEEDED, Status.Code.RESOURCE_EXHAUSTED);

    private final Messages messages;

    EngineApiErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ClientException.class)
    ResponseEntity<ProblemDetail> engineUnavailable(ClientException e, Locale locale) {
        if (e instanceof ClientStatusException status && !FOR_A_MOMENT.contains(status.getStatusCode())) {
            // A command the engine refused for its content is a fault of ours: a 500, logged.
            throw e;
        }
        log.warn("Engine unavailable for a request: {}", e.toString());
        return ApiErrors.unavailable(messages, locale);
    }
}
