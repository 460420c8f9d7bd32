package org.innovationledger.query.patent;

import java.nio.charset.StandardCharsets;

/**
 * iCalendar content lines (RFC 5545 §3.1) as text: each line ends with CRLF and is folded so that no line is longer
 * than 75 octets of UTF-8 (a fold is CRLF and one space, never inside a character); TEXT values escape backslash,
 * semicolon, comma and line breaks (§3.3.11).
 */
final class ICalendarText {

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

    private final StringBuilder lines = new StringBuilder();

    /** A property whose value is written as given (dates, durations, codes). */
    ICalendarText line(String nameAndParameters, String value) {
        lines.append(fold(nameAndParameters + ":" + value)).append(CRLF);
        return this;
    }

    /** A property with a TEXT value, escaped. */
    ICalendarText text(String name, String value) {
        return line(name, escape(value));
    }

    @Override
    public String toString() {
        return lines.toString();
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Splits a content line into lines of at most 75 octets; continuation lines start with one space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 16);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
