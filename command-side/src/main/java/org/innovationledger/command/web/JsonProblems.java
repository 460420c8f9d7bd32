package org.innovationledger.command.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Turns Jackson's reading errors into messages for API clients: the field, what was wrong, no Java class names. */
final class JsonProblems {

    record Described(String field, String message) {
    }

    private JsonProblems() {
    }

    static Described describe(Throwable cause) {
        if (!(cause instanceof JacksonException jackson)) {
            return new Described(null, "The request body is missing or cannot be read as JSON");
        }
        String field = path(jackson);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new Described(field, "unknown field '" + unknown.getPropertyName() + "'");
        }
        if (cause instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
            return new Described(field, invalid.getCause().getMessage());
        }
        if (cause instanceof InvalidFormatException format) {
            return new Described(field, "'" + format.getValue() + "' is not " + expected(format.getTargetType()));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return new Described(field, "expected " + expected(mismatch.getTargetType()));
        }
        if (cause instanceof StreamReadException syntax && syntax.getLocation() != null) {
            return new Described(null, "Malformed JSON at line " + syntax.getLocation().getLineNr() + ", column "
                    + syntax.getLocation().getColumnNr());
        }
        return new Described(field, "The request body cannot be read as JSON");
    }

    private static String path(JacksonException exception) {
        if (exception.getPath() == null || exception.getPath().isEmpty()) {
            return null;
        }
        return exception.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                                     .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == LocalDate.class) {
            return "a date (yyyy-MM-dd)";
        }
        if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        return "an object";
    }
}
