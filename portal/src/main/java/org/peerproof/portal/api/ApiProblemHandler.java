package org.peerproof.portal.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.domain.shared.ViolationMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 7807 answers for the API, in the caller's language (Accept-Language): a broken business rule is 422, a
 * record whose state no longer allows the action 409, someone else's or a missing record 404, invalid input 400
 * with one entry per invalid field, each a sentence naming the field ({@link ViolationMessages}). Replaces Spring
 * Boot's default problem-details handler.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    /** One invalid field: its path in the request body and why, translated. */
    record FieldProblem(String field, String message) {
    }

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainRuleException.class)
    ResponseEntity<ProblemDetail> ruleBroken(DomainRuleException broken, Locale locale) {
        var status = switch (broken) {
            case RecordNotFoundException _ -> HttpStatus.NOT_FOUND;
            case DomainConflictException _ -> HttpStatus.CONFLICT;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        var titleKey = switch (status) {
            case NOT_FOUND -> "api.problem.notFound.title";
            case CONFLICT -> "api.problem.conflict.title";
            default -> "api.problem.rule.title";
        };
        var problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(broken, locale));
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        problem.setProperty("messageKey", broken.getMessageKey());
        return ResponseEntity.status(status).body(problem);
    }

    /** Bean Validation of a service's form that the controller did not check (defence in depth). */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolated(ConstraintViolationException violated, Locale locale) {
        var errors = violated.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(),
                        ViolationMessages.of(violation, messages, locale)))
                .toList();
        return ResponseEntity.badRequest().body(invalidInput(errors, locale));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        var locale = LocaleContextHolder.getLocale();
        var errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), message(error, locale)))
                .toList();
        return ResponseEntity.badRequest().headers(headers).body(invalidInput(errors, locale));
    }

    /** A Bean Validation error in the caller's language naming the field; any other binding error by its codes. */
    private String message(FieldError error, Locale locale) {
        return error.contains(ConstraintViolation.class)
                ? ViolationMessages.of(error.unwrap(ConstraintViolation.class), messages, locale)
                : messages.getMessage(error, locale);
    }

    private ProblemDetail invalidInput(List<FieldProblem> errors, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("api.problem.validation.detail", null, locale));
        problem.setTitle(messages.getMessage("api.problem.validation.title", null, locale));
        problem.setProperty("errors", errors);
        return problem;
    }
}
