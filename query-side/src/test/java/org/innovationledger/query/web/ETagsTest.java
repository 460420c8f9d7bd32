package org.innovationledger.query.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ETagsTest {

    @Test
    void aVersionIsAStrongQuotedTag() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
    }

    @Test
    void ifNoneMatchMatchesTheVersionInAnyOfItsForms() {
        assertThat(ETags.matches("\"7\"", 7)).isTrue();
        assertThat(ETags.matches("W/\"7\"", 7)).isTrue();
        assertThat(ETags.matches("\"3\", \"7\"", 7)).isTrue();
        assertThat(ETags.matches("*", 7)).isTrue();
    }

    @Test
    void ifNoneMatchDoesNotMatchAnotherVersionOrNothing() {
        assertThat(ETags.matches("\"6\"", 7)).isFalse();
        assertThat(ETags.matches("7", 7)).isFalse();
        assertThat(ETags.matches("\"77\"", 7)).isFalse();
        assertThat(ETags.matches(null, 7)).isFalse();
        assertThat(ETags.matches(" ", 7)).isFalse();
    }
}
