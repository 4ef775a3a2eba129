package org.sangsaeng.shared;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Refusals of the REST API as RFC 9457 problem details, explained in the caller's language. */
@RestControllerAdvice(basePackages = "org.sangsaeng")
class ApiErrors {

    private final Messages messages;

    ApiErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BusinessException.class)
    ProblemDetail refused(BusinessException e, Locale locale) {
        HttpStatus status = switch (e) {
            case NotFoundException n -> HttpStatus.NOT_FOUND;
            case AccessDeniedException a when e.messageKey().equals("error.auth.required") -> HttpStatus.UNAUTHORIZED;
            case AccessDeniedException a -> HttpStatus.FORBIDDEN;
            case InvalidInputException i -> HttpStatus.BAD_REQUEST;
            case TooManyAttemptsException t -> HttpStatus.TOO_MANY_REQUESTS;
            default -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.explain(e, locale));
        problem.setProperty("code", e.messageKey());
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.get("error.request.invalid", locale) + ": " + e.getBindingResult().getFieldErrors().stream()
                        .map(f -> f.getField()).distinct().sorted().toList());
        problem.setProperty("code", "error.request.invalid");
        return problem;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.get("error.request.unreadable", locale));
        problem.setProperty("code", "error.request.unreadable");
        return problem;
    }
}
