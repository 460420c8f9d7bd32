package org.innovationledger.query.web;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A free-text query parameter ({@code q}): checked, and turned into a case-insensitive "contains" filter in which
 * the text is taken literally (every regular-expression metacharacter escaped).
 */
public final class TextFilter {

    public static final int MAX_LENGTH = 100;
    private static final Pattern REGEX_METACHARACTERS = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

    private TextFilter() {
    }

    /** The trimmed text, or null when blank; too long a text is an {@link InvalidQueryException}. */
    public static String parse(String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.trim();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidQueryException(parameter, parameter + " must be at most " + MAX_LENGTH
                    + " characters long");
        }
        return text;
    }

    public static Bson contains(String field, String text) {
        return Filters.regex(field, literal(text), "i");
    }

    static String literal(String text) {
        return REGEX_METACHARACTERS.matcher(text).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
    }
}
