package org.innovationledger.command.achievement;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.achievement.AchievementStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.api.achievement.AwardLevel.COUNTY;
import static org.innovationledger.api.achievement.AwardLevel.ENTERPRISE;
import static org.innovationledger.api.achievement.AwardLevel.MUNICIPAL;
import static org.innovationledger.api.common.ErrorCode.ACHIEVEMENT_ALREADY_IMPLEMENTED;
import static org.innovationledger.api.common.ErrorCode.ACHIEVEMENT_NOT_ACCEPTED;
import static org.innovationledger.api.common.ErrorCode.ACHIEVEMENT_NOT_IMPLEMENTED;
import static org.innovationledger.api.common.ErrorCode.ADOPTION_ALREADY_RECORDED;
import static org.innovationledger.api.common.ErrorCode.ALREADY_RECOMMENDED;
import static org.innovationledger.api.common.ErrorCode.AWARD_ALREADY_RECORDED;
import static org.innovationledger.api.common.ErrorCode.STEP_BEFORE_PREVIOUS_STEP;
import static org.innovationledger.command.achievement.AchievementExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

/** What follows acceptance: implementation, awards, recommendation upward and adoption elsewhere. */
class AchievementRecognitionTest {

    private static final String CITY_UNION = "吉安市总工会";
    private static final String OTHER_MINE = "赣鄱矿业二号井";

    private final FixtureConfiguration<Achievement> fixture = fixture();

    @Test
    void acceptedAchievementCanBeImplemented() {
        fixture.given(acceptedHistory())
               .when(implement(IMPLEMENTED_FROM))
               .expectEvents(implemented(IMPLEMENTED_FROM))
               .expectState(achievement -> assertThat(achievement.status()).isEqualTo(AchievementStatus.IMPLEMENTED));
    }

    @Test
    void cannotImplementBeforeAcceptance() {
        fixture.given(submittedHistory())
               .when(implement(IMPLEMENTED_FROM))
               .expectException(violates(ACHIEVEMENT_NOT_ACCEPTED))
               .expectNoEvents();
    }

    @Test
    void implementationIsRecordedOnlyOnce() {
        fixture.given(implementedHistory())
               .when(implement(date(2025, 5, 1)))
               .expectException(violates(ACHIEVEMENT_ALREADY_IMPLEMENTED))
               .expectNoEvents();
    }

    @Test
    void recommendedAchievementIsAlreadyImplemented() {
        fixture.given(with(implementedHistory(), recommended(CITY_UNION, date(2025, 6, 1))))
               .when(implement(date(2025, 6, 2)))
               .expectException(violates(ACHIEVEMENT_ALREADY_IMPLEMENTED))
               .expectNoEvents();
    }

    @Test
    void implementationCannotPrecedeAcceptance() {
        fixture.given(acceptedHistory())
               .when(implement(ACCEPTED_ON.minusDays(1)))
               .expectException(violates(STEP_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }

    @Test
    void acceptedAchievementCanWinAwardWithoutChangingItsStatus() {
        fixture.given(acceptedHistory())
               .when(award("a-1", ENTERPRISE, " 赣鄱矿业有限公司工会 ", date(2025, 3, 28)))
               .expectEvents(awarded("a-1", ENTERPRISE, "赣鄱矿业有限公司工会", date(2025, 3, 28)))
               .expectState(achievement -> assertThat(achievement.status()).isEqualTo(AchievementStatus.ACCEPTED));
    }

    @Test
    void awardsAtSeveralLevelsAreAllRecorded() {
        fixture.given(with(implementedHistory(), awarded("a-1", COUNTY, COUNTY_UNION, date(2025, 5, 1))))
               .when(award("a-2", MUNICIPAL, CITY_UNION, date(2025, 9, 1)))
               .expectEvents(awarded("a-2", MUNICIPAL, CITY_UNION, date(2025, 9, 1)));
    }

    @Test
    void cannotRecordAwardBeforeAcceptance() {
        fixture.given(submittedHistory())
               .when(award("a-1", COUNTY, COUNTY_UNION, date(2025, 5, 1)))
               .expectException(violates(ACHIEVEMENT_NOT_ACCEPTED))
               .expectNoEvents();
    }

    @Test
    void bodyGivesAnAwardAtALevelOnlyOnce() {
        fixture.given(with(acceptedHistory(), awarded("a-1", COUNTY, COUNTY_UNION, date(2025, 5, 1))))
               .when(award("a-2", COUNTY, COUNTY_UNION + " ", date(2025, 6, 1)))
               .expectException(violates(AWARD_ALREADY_RECORDED))
               .expectNoEvents();
    }

    @Test
    void awardIdIsRecordedOnlyOnce() {
        fixture.given(with(acceptedHistory(), awarded("a-1", COUNTY, COUNTY_UNION, date(2025, 5, 1))))
               .when(award("a-1", MUNICIPAL, CITY_UNION, date(2025, 6, 1)))
               .expectException(violates(AWARD_ALREADY_RECORDED))
               .expectNoEvents();
    }

    @Test
    void awardCannotPrecedeAcceptance() {
        fixture.given(acceptedHistory())
               .when(award("a-1", COUNTY, COUNTY_UNION, ACCEPTED_ON.minusDays(1)))
               .expectException(violates(STEP_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }

    @Test
    void implementedAchievementCanBeRecommended() {
        fixture.given(implementedHistory())
               .when(recommend(CITY_UNION, date(2025, 6, 1)))
               .expectEvents(recommended(CITY_UNION, date(2025, 6, 1)))
               .expectState(achievement -> assertThat(achievement.status()).isEqualTo(AchievementStatus.RECOMMENDED));
    }

    @Test
    void cannotRecommendBeforeImplementation() {
        fixture.given(acceptedHistory())
               .when(recommend(CITY_UNION, date(2025, 6, 1)))
               .expectException(violates(ACHIEVEMENT_NOT_IMPLEMENTED))
               .expectNoEvents();
    }

    @Test
    void achievementIsRecommendedToABodyOnlyOnce() {
        fixture.given(with(implementedHistory(), recommended(CITY_UNION, date(2025, 6, 1))))
               .when(recommend(" " + CITY_UNION, date(2025, 7, 1)))
               .expectException(violates(ALREADY_RECOMMENDED))
               .expectNoEvents();
    }

    @Test
    void recommendationCannotPrecedeImplementation() {
        fixture.given(implementedHistory())
               .when(recommend(CITY_UNION, IMPLEMENTED_FROM.minusDays(1)))
               .expectException(violates(STEP_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }

    @Test
    void adoptedAchievementStaysAdoptedWhenRecommended() {
        fixture.given(with(implementedHistory(), adopted("ad-1", OTHER_MINE, date(2025, 6, 1))))
               .when(recommend(CITY_UNION, date(2025, 7, 1)))
               .expectEvents(recommended(CITY_UNION, date(2025, 7, 1)))
               .expectState(achievement -> assertThat(achievement.status()).isEqualTo(AchievementStatus.ADOPTED));
    }

    @Test
    void implementedAchievementCanBeAdopted() {
        fixture.given(with(implementedHistory(), recommended(CITY_UNION, date(2025, 6, 1))))
               .when(adopt("ad-1", OTHER_MINE, date(2025, 7, 1)))
               .expectEvents(adopted("ad-1", OTHER_MINE, date(2025, 7, 1)))
               .expectState(achievement -> assertThat(achievement.status()).isEqualTo(AchievementStatus.ADOPTED));
    }

    @Test
    void cannotRecordAdoptionBeforeImplementation() {
        fixture.given(acceptedHistory())
               .when(adopt("ad-1", OTHER_MINE, date(2025, 7, 1)))
               .expectException(violates(ACHIEVEMENT_NOT_IMPLEMENTED))
               .expectNoEvents();
    }

    @Test
    void adopterIsRecordedOnlyOnce() {
        fixture.given(with(implementedHistory(), adopted("ad-1", OTHER_MINE, date(2025, 6, 1))))
               .when(adopt("ad-2", OTHER_MINE + " ", date(2025, 7, 1)))
               .expectException(violates(ADOPTION_ALREADY_RECORDED))
               .expectNoEvents();
    }

    @Test
    void adoptionIdIsRecordedOnlyOnce() {
        fixture.given(with(implementedHistory(), adopted("ad-1", OTHER_MINE, date(2025, 6, 1))))
               .when(adopt("ad-1", "明远精密机械有限公司", date(2025, 7, 1)))
               .expectException(violates(ADOPTION_ALREADY_RECORDED))
               .expectNoEvents();
    }

    @Test
    void adoptionCannotPrecedeImplementation() {
        fixture.given(implementedHistory())
               .when(adopt("ad-1", OTHER_MINE, IMPLEMENTED_FROM.minusDays(1)))
               .expectException(violates(STEP_BEFORE_PREVIOUS_STEP))
               .expectNoEvents();
    }
}
