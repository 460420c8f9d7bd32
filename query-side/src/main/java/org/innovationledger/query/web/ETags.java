package org.innovationledger.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Arrays;

/**
 * A view's version as an HTTP entity tag ({@code "7"}), the same form the command side sends, so a client can
 * hand either one back in {@code If-None-Match} or {@code If-Match}.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** True when {@code If-None-Match} names this version (weak or strong) or is {@code *}. */
    public static boolean matches(String ifNoneMatch, long version) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String current = of(version);
        return Arrays.stream(ifNoneMatch.split(","))
                     .map(String::trim)
                     .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                     .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    }

    /** 304 without a body when the client already has this version, else 200 with it; the ETag either way. */
    public static <T> ResponseEntity<T> conditional(String ifNoneMatch, long version, T body) {
        if (matches(ifNoneMatch, version)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(of(version)).build();
        }
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }
}
