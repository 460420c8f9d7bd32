package org.innovationledger.query.web;

/**
 * Which page of a list to answer (分页): 0-based {@code page}, {@code size} items per page (1–100, 20 by default).
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Reads the raw query parameters; blank means the default. */
    public static PageRequest parse(String page, String size) {
        int pageNumber = wholeNumber("page", page, 0);
        int pageSize = wholeNumber("size", size, DEFAULT_SIZE);
        if (pageNumber < 0) {
            throw new InvalidQueryException("page", "page must be 0 or more");
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw new InvalidQueryException("size", "size must be between 1 and " + MAX_SIZE);
        }
        if ((long) pageNumber * pageSize > Integer.MAX_VALUE) {
            throw new InvalidQueryException("page", "page is too large");
        }
        return new PageRequest(pageNumber, pageSize);
    }

    /** How many items come before this page. */
    public int skip() {
        return page * size;
    }

    private static int wholeNumber(String parameter, String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(parameter, parameter + " must be a whole number, got '" + raw + "'");
        }
    }
}
