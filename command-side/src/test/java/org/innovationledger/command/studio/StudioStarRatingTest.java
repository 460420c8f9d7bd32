package org.innovationledger.command.studio;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.api.common.ErrorCode.ACTOR_REQUIRED;
import static org.innovationledger.api.common.ErrorCode.RATING_YEAR_NOT_BEGUN;
import static org.innovationledger.api.common.ErrorCode.STARS_OUT_OF_RANGE;
import static org.innovationledger.api.common.ErrorCode.STAR_DIFFERS_WITHOUT_REASON;
import static org.innovationledger.api.common.ErrorCode.STUDIO_REVOKED;
import static org.innovationledger.command.studio.StudioExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

/** Confirming a studio's official star for a year (星级认定). */
class StudioStarRatingTest {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    private final FixtureConfiguration<Studio> fixture = new AggregateTestFixture<>(Studio.class);

    @Test
    void unionConfirmsTheComputedStar() {
        fixture.given(registered())
               .when(confirmStars(2024, 3, 3, null))
               .expectEvents(starsConfirmed(2024, 3, 3, null))
               .expectState(studio -> assertThat(studio.starsOf(2024)).isEqualTo(3));
    }

    @Test
    void studioMayEarnNoStar() {
        fixture.given(registered())
               .when(confirmStars(2024, 0, 0, null))
               .expectEvents(starsConfirmed(2024, 0, 0, null));
    }

    @Test
    void officialStarMayDifferFromTheComputedOneWithAReason() {
        fixture.given(registered())
               .when(confirmStars(2024, 4, 3, "获省级五小成果一等奖，上调一星"))
               .expectEvents(starsConfirmed(2024, 4, 3, "获省级五小成果一等奖，上调一星"));
    }

    @Test
    void officialStarThatDiffersFromTheComputedOneStatesWhy() {
        fixture.given(registered())
               .when(confirmStars(2024, 4, 3, " "))
               .expectException(violates(STAR_DIFFERS_WITHOUT_REASON))
               .expectNoEvents();
    }

    @Test
    void secondConfirmationOfAYearStatesWhy() {
        fixture.given(registered(), starsConfirmed(2024, 3, 3, null))
               .when(confirmStars(2024, 2, 2, null))
               .expectException(violates(STAR_DIFFERS_WITHOUT_REASON))
               .expectNoEvents();
    }

    @Test
    void secondConfirmationOfAYearWithAReasonReplacesTheFirst() {
        fixture.given(registered(), starsConfirmed(2024, 3, 3, null))
               .when(confirmStars(2024, 2, 2, "复核发现效益数据有误"))
               .expectEvents(starsConfirmed(2024, 2, 2, "复核发现效益数据有误"))
               .expectState(studio -> assertThat(studio.starsOf(2024)).isEqualTo(2));
    }

    @Test
    void confirmationOfAnotherYearNeedsNoReason() {
        fixture.given(registered(), starsConfirmed(2023, 3, 3, null))
               .when(confirmStars(2024, 4, 4, null))
               .expectEvents(starsConfirmed(2024, 4, 4, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 6})
    void officialStarsGoFromZeroToFive(int stars) {
        fixture.given(registered())
               .when(confirmStars(2024, stars, 3, "评定委员会决定"))
               .expectException(violates(STARS_OUT_OF_RANGE))
               .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 6})
    void computedStarsGoFromZeroToFive(int computedStars) {
        fixture.given(registered())
               .when(confirmStars(2024, 3, computedStars, "评定委员会决定"))
               .expectException(violates(STARS_OUT_OF_RANGE))
               .expectNoEvents();
    }

    @Test
    void starOfTheCurrentYearCanBeConfirmed() {
        fixture.given(registered())
               .when(confirmStars(THIS_YEAR, 1, 1, null))
               .expectEvents(starsConfirmed(THIS_YEAR, 1, 1, null));
    }

    @Test
    void starOfAYearThatHasNotBegunCannotBeConfirmed() {
        fixture.given(registered())
               .when(confirmStars(THIS_YEAR + 1, 1, 1, null))
               .expectException(violates(RATING_YEAR_NOT_BEGUN))
               .expectNoEvents();
    }

    @Test
    void confirmationNamesWhoMadeIt() {
        fixture.given(registered())
               .when(new org.innovationledger.api.studio.ConfirmStarRating(STUDIO_ID, null, 2024, 3, 3, "default", 1,
                       null, " "))
               .expectException(violates(ACTOR_REQUIRED))
               .expectNoEvents();
    }

    @Test
    void suspendedStudiosPastYearIsStillRated() {
        fixture.given(registered(), suspended())
               .when(confirmStars(2024, 1, 1, null))
               .expectEvents(starsConfirmed(2024, 1, 1, null));
    }

    @Test
    void revokedStudioIsNoLongerRated() {
        fixture.given(registered(), revoked())
               .when(confirmStars(2024, 1, 1, null))
               .expectException(violates(STUDIO_REVOKED))
               .expectNoEvents();
    }
}
