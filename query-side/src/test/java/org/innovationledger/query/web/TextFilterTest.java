package org.innovationledger.query.web;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextFilterTest {

    @Test
    void everyRegularExpressionMetacharacterIsTakenLiterally() {
        String text = "a.b*c+d?e(f)g[h]i{j}k|l^m$n\\o";

        assertThat(Pattern.compile(TextFilter.literal(text)).matcher("x" + text + "y").find()).isTrue();
        assertThat(Pattern.compile(TextFilter.literal(".*")).matcher("anything").find()).isFalse();
    }

    @Test
    void chineseTextIsUnchanged() {
        assertThat(TextFilter.literal("劳模创新")).isEqualTo("劳模创新");
    }

    @Test
    void textIsTrimmedBlankIsNothingAndTooLongIsInvalid() {
        assertThat(TextFilter.parse("q", "  劳模 ")).isEqualTo("劳模");
        assertThat(TextFilter.parse("q", "   ")).isNull();
        assertThatThrownBy(() -> TextFilter.parse("q", "x".repeat(101)))
                .isInstanceOfSatisfying(InvalidQueryException.class,
                                        invalid -> assertThat(invalid.parameter()).isEqualTo("q"));
    }
}
