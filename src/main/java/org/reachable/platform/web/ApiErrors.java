package org.reachable.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reachable.platform.validation.FieldProblem;
import org.reachable.platform.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's one error language: RFC 9457 problem details. Field problems list the field, the value given and the
 * rule broken. Unexpected failures are logged with a reference and never show a stack trace.
 */
@RestControllerAdvice(annotations = ApiController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return fieldProblems(e.problems());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            String field = path(mismatch);
            String value = mismatch instanceof InvalidFormatException format ? String.valueOf(format.getValue()) : null;
            String expected = mismatch.getTargetType() == null ? "a different type"
                    : mismatch.getTargetType().getSimpleName().toLowerCase();
            return fieldProblems(List.of(new FieldProblem(field, value, "Wrong type: expected " + expected)));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON");
        problem.setTitle("Unreadable request");
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongParameterType(MethodArgumentTypeMismatchException e) {
        return fieldProblems(List.of(new FieldProblem(e.getName(), String.valueOf(e.getValue()),
                "Wrong type: expected " + (e.getRequiredType() == null ? "another type"
                        : e.getRequiredType().getSimpleName().toLowerCase()))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return fieldProblems(List.of(new FieldProblem(e.getParameterName(), null, "Required")));
    }

    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail refused(AccessRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                e.getMessage() + ". The attempt has been recorded.");
        problem.setTitle("Access refused");
        if (e.breakGlassPossible() && e.personId() != null) {
            problem.setProperty("breakGlass", "/api/v1/children/" + e.personId() + "/break-glass");
        }
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class})
    ProblemDetail unsupported(Exception e) {
        HttpStatus status = e instanceof HttpRequestMethodNotSupportedException
                ? HttpStatus.METHOD_NOT_ALLOWED : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        return ProblemDetail.forStatusAndDetail(status, e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected API failure, reference {}", reference, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong. Nothing was changed. Quote reference " + reference + " to support.");
        problem.setTitle("Unexpected error");
        return problem;
    }

    static ProblemDetail fieldProblems(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.size() + " field(s) need correcting. Nothing was saved.");
        problem.setTitle("Invalid input");
        problem.setType(URI.create("https://reachable.example/problems/invalid-input"));
        problem.setProperty("errors", problems.stream().map(p -> {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            m.put("field", p.field());
            m.put("value", p.rejectedValue());
            m.put("message", p.message());
            return m;
        }).collect(Collectors.toList()));
        return problem;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
