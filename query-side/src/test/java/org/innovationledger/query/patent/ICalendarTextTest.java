package org.innovationledger.query.patent;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 5545 content lines: escaping of TEXT values and folding at 75 octets of UTF-8. */
class ICalendarTextTest {

    @Test
    void textEscapesBackslashSemicolonCommaAndLineBreaks() {
        assertThat(ICalendarText.escape("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
        assertThat(ICalendarText.escape(null)).isEmpty();
    }

    @Test
    void aShortLineIsLeftWhole() {
        String line = "SUMMARY:" + "x".repeat(67);

        assertThat(ICalendarText.fold(line)).isEqualTo(line);
    }

    @Test
    void aLongLineIsFoldedAt75OctetsWithOneSpaceStartingEachContinuation() {
        String folded = ICalendarText.fold("DESCRIPTION:" + "y".repeat(200));
        String[] lines = folded.split("\r\n");

        assertThat(lines[0]).hasSize(75);
        assertThat(lines[1]).startsWith(" ").hasSize(75);
        assertThat(folded.replace("\r\n ", "")).isEqualTo("DESCRIPTION:" + "y".repeat(200));
    }

    @Test
    void chineseTextIsNeverSplitInsideACharacter() {
        String line = "SUMMARY:【年费】" + "专利年费缴纳期限".repeat(12);
        String folded = ICalendarText.fold(line);

        assertThat(Arrays.stream(folded.split("\r\n")))
                .allSatisfy(part -> assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
        assertThat(new String(folded.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(folded);
    }

    @Test
    void linesEndWithCrLf() {
        assertThat(new ICalendarText().line("BEGIN", "VCALENDAR").text("X-WR-CALNAME", "专利期限, 吉安").toString())
                .isEqualTo("BEGIN:VCALENDAR\r\nX-WR-CALNAME:专利期限\\, 吉安\r\n");
    }
}
