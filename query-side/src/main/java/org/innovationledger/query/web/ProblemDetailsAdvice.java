package org.innovationledger.query.web;

import jakarta.servlet.http.HttpServletRequest;
import org.innovationledger.api.common.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Every error as {@code application/problem+json} with a stable {@code code}, never a stack trace. */
@RestControllerAdvice
class ProblemDetailsAdvice {

    private static final Logger logger = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return problem(ErrorCode.NOT_FOUND, e.getMessage(), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> behind(ProjectionBehindException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = problem(ErrorCode.PROJECTION_BEHIND, e.getMessage(), request);
        response.getBody().setProperty("projectedVersion", e.projectedVersion());
        return ResponseEntity.status(response.getStatusCode()).header(HttpHeaders.RETRY_AFTER, "1")
                             .body(response.getBody());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> warmingUp(WarmingUpException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = problem(ErrorCode.PROJECTION_BEHIND, e.getMessage(), request);
        return ResponseEntity.status(response.getStatusCode()).header(HttpHeaders.RETRY_AFTER, "1")
                             .body(response.getBody());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidQuery(InvalidQueryException e, HttpServletRequest request) {
        return invalid(List.of(new FieldProblem(e.parameter(), e.getMessage())), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return invalid(List.of(new FieldProblem(e.getName(), "'" + e.getValue() + "' is not a valid value")),
                       request);
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
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e,
                                                   HttpServletRequest request) {
        return problem(ErrorCode.METHOD_NOT_ALLOWED, e.getMessage(), request);
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
        logger.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.title(), request);
    }

    private static ResponseEntity<ProblemDetail> invalid(List<FieldProblem> errors, HttpServletRequest request) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " parameters are invalid";
        ResponseEntity<ProblemDetail> response = problem(ErrorCode.VALIDATION_FAILED, detail, request);
        response.getBody().setProperty("errors", errors);
        return response;
    }

    private static ResponseEntity<ProblemDetail> problem(ErrorCode code, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(code.kind().httpStatus());
        problem.setType(URI.create("urn:innovation-ledger:problem:" + code.name().toLowerCase(Locale.ROOT)
                                                                        .replace('_', '-')));
        problem.setTitle(code.title());
        problem.setDetail(detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code.name());
        return ResponseEntity.status(code.kind().httpStatus()).body(problem);
    }
}
