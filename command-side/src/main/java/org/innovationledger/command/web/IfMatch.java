package org.innovationledger.command.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the version a client expects from an If-Match header. Versions are sent as ETags ({@code "7"}); a missing
 * header or {@code *} means the client does not care.
 */
public final class IfMatch {

    private static final Pattern VERSION_TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private IfMatch() {
    }

    public static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        Matcher matcher = VERSION_TAG.matcher(header.trim());
        if (!matcher.matches()) {
            throw new InvalidHeaderException("If-Match", "If-Match must be a version as sent in the ETag, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
