package org.innovationledger.query.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    @Test
    void blankMeansTheFirstPageOfTwenty() {
        assertThat(PageRequest.parse(null, " ")).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void skipCountsTheItemsOfTheEarlierPages() {
        assertThat(PageRequest.parse("3", "25").skip()).isEqualTo(75);
    }

    @ParameterizedTest(name = "page={0} size={1}")
    @CsvSource({"-1, 20, page", "x, 20, page", "1.5, 20, page", "0, 0, size", "0, 101, size", "0, many, size",
            "2147483647, 100, page"})
    void outOfRangeOrNonNumbersAreNamed(String page, String size, String parameter) {
        assertThatThrownBy(() -> PageRequest.parse(page, size))
                .isInstanceOfSatisfying(InvalidQueryException.class,
                                        invalid -> assertThat(invalid.parameter()).isEqualTo(parameter));
    }

    @Test
    void aPageKnowsHowManyPagesTheListHas() {
        PageRequest request = new PageRequest(0, 20);

        assertThat(Page.of(List.of(), request, 0).totalPages()).isZero();
        assertThat(Page.of(List.of(), request, 20).totalPages()).isEqualTo(1);
        assertThat(Page.of(List.of(), request, 21).totalPages()).isEqualTo(2);
    }
}
