package org.sangsaeng.shared;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Refusals of the REST API as RFC 9457 problem details, explained in the caller's language. */
@RestControllerAdvice
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final Messages messages;

    ApiErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BusinessException.class)
    ProblemDetail refused(BusinessException e, Locale locale) {
        HttpStatus status =
                switch (e) {
                    case NotFoundException n -> HttpStatus.NOT_FOUND;
                    case AccessDeniedException a
                            when e.messageKey().equals("error.auth.required") ->
                            HttpStatus.UNAUTHORIZED;
                    case AccessDeniedException a -> HttpStatus.FORBIDDEN;
                    case InvalidInputException i -> HttpStatus.BAD_REQUEST;
                    case TooManyAttemptsException t -> HttpStatus.TOO_MANY_REQUESTS;
                    default -> HttpStatus.CONFLICT;
                };
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, messages.explain(e, locale));
        problem.setProperty("code", e.messageKey());
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e, Locale locale) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(
                        HttpStatus.BAD_REQUEST,
                        messages.get("error.request.invalid", locale)
                                + ": "
                                + e.getBindingResult().getFieldErrors().stream()
                                        .map(f -> f.getField())
                                        .distinct()
                                        .sorted()
                                        .toList());
        problem.setProperty("code", "error.request.invalid");
        return problem;
    }

    /** A query or path parameter of the wrong type (a co-op id "abc"): names the parameter. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "error.request.wrongType", locale, e.getName());
    }

    /**
     * A required query parameter is missing (GET /purchases without coopId): names the parameter.
     */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e, Locale locale) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "error.request.missingParameter",
                locale,
                e.getParameterName());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(Exception e, Locale locale) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.TooLargeException) {
                return problem(HttpStatus.CONTENT_TOO_LARGE, RequestSizeLimit.MESSAGE_KEY, locale);
            }
            // A value type refused the value while the body was read (a rule set with a quorum of
            // 500):
            // its own message says more than "unreadable".
            if (cause instanceof BusinessException refusal) {
                return refused(refusal, locale);
            }
        }
        return problem(HttpStatus.BAD_REQUEST, "error.request.unreadable", locale);
    }

    /**
     * What Spring MVC refuses before our code runs (no such path, wrong method or content type, a
     * missing parameter), explained like our own refusals instead of a bare status.
     */
    @ExceptionHandler({
        ErrorResponseException.class,
        NoResourceFoundException.class,
        HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeException.class,
        ServletRequestBindingException.class,
        MaxUploadSizeExceededException.class
    })
    ProblemDetail rejected(Exception e, Locale locale) {
        HttpStatusCode status = ((ErrorResponse) e).getStatusCode();
        String key =
                e instanceof HandlerMethodValidationException
                        ? "error.request.invalid"
                        : switch (status.value()) {
                            case 404 -> "error.request.noSuchPath";
                            case 405 -> "error.request.method";
                            case 406, 415 -> "error.request.mediaType";
                            case 413 -> RequestSizeLimit.MESSAGE_KEY;
                            default -> "error.request.unreadable";
                        };
        return problem(status, key, locale);
    }

    /**
     * The database or the engine cannot answer for now (restarting, no free connection, a lock it
     * gave up on, back pressure): the request's transaction is rolled back, and the caller is told
     * to try again, with Retry-After.
     */
    @ExceptionHandler({
        ServiceUnavailableException.class,
        TransientDataAccessException.class,
        DataAccessResourceFailureException.class,
        CannotCreateTransactionException.class
    })
    ResponseEntity<ProblemDetail> unavailable(Exception e, Locale locale) {
        log.warn("Unavailable for a request: {}", e.toString());
        ProblemDetail problem =
                problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemResponses.UNAVAILABLE, locale);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, ProblemResponses.RETRY_AFTER_SECONDS)
                .body(problem);
    }

    private ProblemDetail problem(
            HttpStatusCode status, String key, Locale locale, Object... arguments) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, messages.get(key, locale, arguments));
        problem.setProperty("code", key);
        return problem;
    }
}
