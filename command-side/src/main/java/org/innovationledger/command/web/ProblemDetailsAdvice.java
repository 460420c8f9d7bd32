package org.innovationledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.innovationledger.api.common.BusinessRuleViolation;
import org.innovationledger.api.common.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Every error as {@code application/problem+json} with a stable {@code code}: client mistakes get 4xx naming the
 * field or rule, and nothing a client sends produces a 500 or a stack trace.
 */
@RestControllerAdvice
class ProblemDetailsAdvice {

    private static final Logger logger = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** One invalid field (or header, or query parameter). */
    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> ruleViolated(BusinessRuleViolation e, HttpServletRequest request) {
        return problem(e.code(), e.getMessage(), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                                     .map(f -> new FieldProblem(f.getField(), message(f)))
                                     .sorted(java.util.Comparator.comparing(FieldProblem::field))
                                     .toList();
        return invalid(errors, request);
    }

    private static String message(FieldError error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return invalid(errors, request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidHeader(InvalidHeaderException e, HttpServletRequest request) {
        return invalid(List.of(new FieldProblem(e.header(), e.getMessage())), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> missingParameter(ServletRequestBindingException e, HttpServletRequest request) {
        return problem(ErrorCode.VALIDATION_FAILED, e.getBody().getDetail(), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return tooLarge(tooLarge, request);
            }
        }
        JsonProblems.Described described = JsonProblems.describe(e.getCause());
        ResponseEntity<ProblemDetail> response = problem(ErrorCode.MALFORMED_REQUEST, described.message(), request);
        if (described.field() != null) {
            response.getBody().setProperty("errors", List.of(new FieldProblem(described.field(),
                                                                               described.message())));
        }
        return response;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e, HttpServletRequest request) {
        return problem(ErrorCode.PAYLOAD_TOO_LARGE, e.getMessage(), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String detail = "'" + e.getValue() + "' is not a valid value for '" + e.getName() + "'";
        return invalid(List.of(new FieldProblem(e.getName(), detail)), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownAggregate(AggregateNotFoundException e, HttpServletRequest request) {
        return problem(ErrorCode.NOT_FOUND, "No record with id " + e.getAggregateIdentifier(), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> staleVersion(ConflictingAggregateVersionException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = problem(
                ErrorCode.VERSION_MISMATCH, "If-Match named version " + e.getExpectedVersion()
                        + " but the record is at version " + e.getActualVersion(), request);
        response.getBody().setProperty("currentVersion", e.getActualVersion());
        return response;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> concurrent(ConcurrencyException e, HttpServletRequest request) {
        return problem(ErrorCode.CONCURRENT_MODIFICATION, ErrorCode.CONCURRENT_MODIFICATION.title(), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> alreadyExists(AggregateStreamCreationException e, HttpServletRequest request) {
        return problem(ErrorCode.ALREADY_EXISTS, ErrorCode.ALREADY_EXISTS.title(), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException e, HttpServletRequest request) {
        return problem(ErrorCode.IDEMPOTENCY_KEY_REUSED, e.getMessage(), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e,
                                                   HttpServletRequest request) {
        return problem(ErrorCode.METHOD_NOT_ALLOWED, e.getMessage(), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e,
                                                       HttpServletRequest request) {
        return problem(ErrorCode.UNSUPPORTED_MEDIA_TYPE, e.getMessage(), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException e, HttpServletRequest request) {
        return problem(ErrorCode.NOT_FOUND, "No resource at " + request.getRequestURI(), request);
    }


    /** Other errors Spring MVC raises about the request itself keep their 4xx status; anything else is a 500. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
            ProblemDetail body = problem(ErrorCode.MALFORMED_REQUEST, error.getBody().getDetail(), request).getBody();
            body.setStatus(error.getStatusCode().value());
            return ResponseEntity.status(error.getStatusCode()).body(body);
        }
        logger.error("Unexpected error on {} {} (correlation id {})", request.getMethod(), request.getRequestURI(),
                     CorrelationAndSizeLimitFilter.correlationIdOf(request), e);
        return problem(ErrorCode.INTERNAL_ERROR, "An unexpected error occurred; quote the correlation id "
                + CorrelationAndSizeLimitFilter.correlationIdOf(request) + " when reporting it", request);
    }

    private static ResponseEntity<ProblemDetail> invalid(List<FieldProblem> errors, HttpServletRequest request) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        ResponseEntity<ProblemDetail> response = problem(ErrorCode.VALIDATION_FAILED, detail, request);
        response.getBody().setProperty("errors", errors);
        return response;
    }

    static ResponseEntity<ProblemDetail> problem(ErrorCode code, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(code.kind().httpStatus());
        problem.setType(URI.create("urn:innovation-ledger:problem:" + code.name().toLowerCase(Locale.ROOT)
                                                                        .replace('_', '-')));
        problem.setTitle(code.title());
        problem.setDetail(detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code.name());
        problem.setProperty("correlationId", CorrelationAndSizeLimitFilter.correlationIdOf(request));
        return ResponseEntity.status(code.kind().httpStatus()).body(problem);
    }
}
