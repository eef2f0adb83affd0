package org.peerproof.portal.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.CharacterCodingException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.hibernate.exception.JDBCConnectionException;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.ForeignPageCursorException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.domain.shared.ViolationMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * RFC 7807 answers for the API, in the caller's language (Accept-Language): a broken business rule is 422, a
 * record whose state no longer allows the action 409, someone else's or a missing record 404, invalid input 400
 * with one entry per invalid field, each a sentence naming the field ({@link ViolationMessages}). Replaces Spring
 * Boot's default problem-details handler. Every failure is answered here, inside the request, never by the error
 * dispatch to /error (which runs through the web application's security and used to answer an empty 403):
 * a concurrent update is 409, an unavailable database 503 with Retry-After, anything unexpected 500 with an
 * incident id that is logged with the stack trace; no exception text reaches the caller (docs/reliability.md).
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);

    /** How long a client waits before retrying a write the database could not take. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

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

    /** A page cursor of another list: like a cursor token that does not decode, a parameter that is not valid. */
    @ExceptionHandler(ForeignPageCursorException.class)
    ResponseEntity<ProblemDetail> foreignCursor(ForeignPageCursorException foreign, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "api.problem.status.400", locale);
    }

    /** Two writers raced for one row (optimistic or pessimistic lock, or a unique key): the loser retries. */
    @ExceptionHandler({ConcurrencyFailureException.class, DataIntegrityViolationException.class,
            jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class})
    ResponseEntity<ProblemDetail> concurrentUpdate(Exception lost, Locale locale) {
        LOG.info("Concurrent update refused: {}", lost.toString());
        return problem(HttpStatus.CONFLICT, "api.problem.concurrent", locale);
    }

    /**
     * The database could not be reached or gave up (connection lost, pool exhausted, lock wait or query timeout).
     * The write was not acknowledged; when the connection broke during the commit it may still have been stored,
     * so a retry meets the stored state (a duplicate is refused by its rule, e.g. overlapping blackouts).
     */
    @ExceptionHandler({CannotCreateTransactionException.class, TransientDataAccessException.class,
            DataAccessResourceFailureException.class, RecoverableDataAccessException.class,
            TransactionSystemException.class, JDBCConnectionException.class,
            jakarta.persistence.QueryTimeoutException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception fault, Locale locale) {
        LOG.warn("Database unavailable for an API request", fault);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "api.problem.unavailable", locale).getBody());
    }

    /** Left to Spring Security, whose handlers answer 401 and 403 problems for the API. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void securityDecides(RuntimeException refused) {
        throw refused;
    }

    /**
     * Anything else is a fault of PeerProof, logged in full under an incident id the caller can quote; unless a lost
     * database connection lies underneath (e.g. Spring's "unable to roll back" wrapping it), which is a 503 too.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, Locale locale) {
        if (causedByLostConnection(failure)) {
            return databaseUnavailable(failure, locale);
        }
        var incident = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        LOG.error("Incident {} while answering an API request", incident, failure);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                messages.getMessage("api.problem.incident.detail", new Object[] {incident}, locale));
        problem.setTitle(messages.getMessage("api.problem.incident.title", null, locale));
        problem.setProperty("incident", incident);
        return ResponseEntity.internalServerError().body(problem);
    }

    private static boolean causedByLostConnection(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // SQLState class 08 is "connection exception". A transaction that could not be begun, committed or rolled
            // back on its connection (Spring reports the failed rollback instead of the lost link) is one too.
            if (cause instanceof java.sql.SQLRecoverableException || cause instanceof java.sql.SQLTransientException
                    || cause instanceof JDBCConnectionException || cause instanceof org.hibernate.TransactionException
                    || cause instanceof java.io.EOFException
                    || cause instanceof java.net.SocketException
                    || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A body that is not the JSON the operation takes: malformed, not UTF-8, a value of the wrong type (the mapper
     * coerces nothing), an unknown or repeated property. Names the field where Jackson knows it.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        var locale = LocaleContextHolder.getLocale();
        var cause = unreadable.getMostSpecificCause();
        if (cause instanceof CharacterCodingException) {
            return ResponseEntity.badRequest().body(notReadable("api.problem.input.encoding", locale));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return fieldRefused(fieldOf(unknown), "api.problem.input.unknown", locale);
        }
        if (cause instanceof StreamReadException read && read.getMessage().startsWith("Duplicate")
                && read.processor() instanceof JsonParser parser) {
            return fieldRefused(parser.streamReadContext().currentName(), "api.problem.input.duplicate", locale);
        }
        if (cause instanceof JacksonException mismatch && !mismatch.getPath().isEmpty()) {
            return fieldRefused(fieldOf(mismatch), "api.problem.input.invalid", locale);
        }
        return ResponseEntity.badRequest().body(notReadable("api.problem.input.malformed", locale));
    }

    /**
     * Spring's own problems (404 unknown path, 405, 406, 413, 415, 400 missing parameter...) with a translated
     * title and detail for their status, instead of Spring's English text.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            var locale = LocaleContextHolder.getLocale();
            var key = "api.problem.status." + statusCode.value();
            problem.setTitle(messages.getMessage(key + ".title", null, problem.getTitle(), locale));
            problem.setDetail(messages.getMessage(key + ".detail", null, problem.getDetail(), locale));
        }
        return super.handleExceptionInternal(failure, body, headers, statusCode, request);
    }

    private ResponseEntity<Object> fieldRefused(String field, String messageKey, Locale locale) {
        var errors = List.of(new FieldProblem(field, messages.getMessage(messageKey, new Object[] {field}, locale)));
        return ResponseEntity.badRequest().body(invalidInput(errors, locale));
    }

    /** The field's path in the body, as Bean Validation names it: {@code newCompany.name}, {@code outcomes[2]}. */
    private static String fieldOf(JacksonException failure) {
        return failure.getPath().stream()
                .map(step -> step.getPropertyName() != null ? "." + step.getPropertyName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private ProblemDetail notReadable(String messageKey, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(messageKey, null, locale));
        problem.setTitle(messages.getMessage("api.problem.validation.title", null, locale));
        return problem;
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String keyPrefix, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(keyPrefix + ".detail", null, locale));
        problem.setTitle(messages.getMessage(keyPrefix + ".title", null, locale));
        return ResponseEntity.status(status).body(problem);
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
