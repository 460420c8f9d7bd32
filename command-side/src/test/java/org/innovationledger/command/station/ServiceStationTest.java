package org.innovationledger.command.station;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.station.IncubationSubject;
import org.innovationledger.command.station.IncubationSubjects.SubjectStanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.api.common.ErrorCode.DATE_BEFORE_ADMISSION;
import static org.innovationledger.api.common.ErrorCode.INCUBATION_ALREADY_RECORDED;
import static org.innovationledger.api.common.ErrorCode.INCUBATION_GRADUATED;
import static org.innovationledger.api.common.ErrorCode.INCUBATION_NOT_FOUND;
import static org.innovationledger.api.common.ErrorCode.SUBJECT_ALREADY_INCUBATED;
import static org.innovationledger.api.common.ErrorCode.SUBJECT_NOT_FOUND;
import static org.innovationledger.api.common.ErrorCode.SUBJECT_NOT_INCUBATABLE;
import static org.innovationledger.command.station.StationExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

class ServiceStationTest {

    private final FakeSubjects subjects = subjects();
    private final FixtureConfiguration<ServiceStation> fixture = fixture(subjects);

    @Test
    void unionRegistersStation() {
        fixture.givenNoPriorActivity()
               .when(register())
               .expectEvents(registered());
    }

    @Test
    void stationAdmitsAcceptedAchievement() {
        fixture.given(registered())
               .when(admit("inc-1", ACCEPTED_ACHIEVEMENT, day(4, 1)))
               .expectEvents(admitted("inc-1", ACCEPTED_ACHIEVEMENT, day(4, 1)))
               .expectState(station -> assertThat(station.incubations()).containsKey("inc-1"));
    }

    @Test
    void stationAdmitsPendingPatentApplication() {
        fixture.given(registered())
               .when(admit("inc-1", PENDING_PATENT, day(4, 1)))
               .expectEvents(admitted("inc-1", PENDING_PATENT, day(4, 1)));
    }

    @ParameterizedTest
    @EnumSource(value = AchievementStatus.class, names = {"ACCEPTED", "IMPLEMENTED", "RECOMMENDED", "ADOPTED"})
    void achievementAcceptedOrFurtherAlongIsIncubatable(AchievementStatus status) {
        IncubationSubject subject = achievement("achievement-" + status);
        subjects.with(subject, SubjectStanding.of(status));
        fixture.given(registered())
               .when(admit("inc-1", subject, day(4, 1)))
               .expectEvents(admitted("inc-1", subject, day(4, 1)));
    }

    @ParameterizedTest
    @EnumSource(value = AchievementStatus.class, names = {"DRAFT", "SUBMITTED", "RETURNED", "REJECTED", "WITHDRAWN"})
    void achievementNotYetAcceptedOrClosedIsNotIncubatable(AchievementStatus status) {
        IncubationSubject subject = achievement("achievement-" + status);
        subjects.with(subject, SubjectStanding.of(status));
        fixture.given(registered())
               .when(admit("inc-1", subject, day(4, 1)))
               .expectException(violates(SUBJECT_NOT_INCUBATABLE))
               .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = PatentStatus.class,
            names = {"WITHDRAWN", "DEEMED_WITHDRAWN", "FINALLY_REJECTED", "INVALIDATED", "EXPIRED"})
    void patentThatHasEndedIsNotIncubatable(PatentStatus status) {
        IncubationSubject subject = patent("patent-" + status);
        subjects.with(subject, SubjectStanding.of(status));
        fixture.given(registered())
               .when(admit("inc-1", subject, day(4, 1)))
               .expectException(violates(SUBJECT_NOT_INCUBATABLE))
               .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = PatentStatus.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"WITHDRAWN", "DEEMED_WITHDRAWN", "FINALLY_REJECTED", "INVALIDATED", "EXPIRED"})
    void patentOrApplicationThatHasNotEndedIsIncubatable(PatentStatus status) {
        IncubationSubject subject = patent("patent-" + status);
        subjects.with(subject, SubjectStanding.of(status));
        fixture.given(registered())
               .when(admit("inc-1", subject, day(4, 1)))
               .expectEvents(admitted("inc-1", subject, day(4, 1)));
    }

    @Test
    void unknownSubjectIsNotFound() {
        fixture.given(registered())
               .when(admit("inc-1", achievement("achievement-unknown"), day(4, 1)))
               .expectException(violates(SUBJECT_NOT_FOUND))
               .expectNoEvents();
    }

    @Test
    void subjectIsIncubatedOnceAtATime() {
        fixture.given(registered(), admitted("inc-1", ACCEPTED_ACHIEVEMENT, day(4, 1)))
               .when(admit("inc-2", ACCEPTED_ACHIEVEMENT, day(5, 1)))
               .expectException(violates(SUBJECT_ALREADY_INCUBATED))
               .expectNoEvents();
    }

    @Test
    void graduatedSubjectCanBeAdmittedAgain() {
        fixture.given(registered(), admitted("inc-1", ACCEPTED_ACHIEVEMENT, day(4, 1)), graduated("inc-1", day(9, 1)))
               .when(admit("inc-2", ACCEPTED_ACHIEVEMENT, day(10, 1)))
               .expectEvents(admitted("inc-2", ACCEPTED_ACHIEVEMENT, day(10, 1)));
    }

    @Test
    void incubationIdIsRecordedOnce() {
        fixture.given(registered(), admitted("inc-1", ACCEPTED_ACHIEVEMENT, day(4, 1)))
               .when(admit("inc-1", PENDING_PATENT, day(5, 1)))
               .expectException(violates(INCUBATION_ALREADY_RECORDED))
               .expectNoEvents();
    }

    @Test
    void admissionCannotComeBeforeStationWasRegistered() {
        fixture.given(registered())
               .when(admit("inc-1", ACCEPTED_ACHIEVEMENT, REGISTERED_ON.minusDays(1)))
               .expectException(violates(DATE_BEFORE_ADMISSION))
               .expectNoEvents();
    }

    @Test
    void incubationReachesMilestones() {
        fixture.given(registered(), admitted("inc-1", ACCEPTED_ACHIEVEMENT, day(4, 1)))
               .when(milestone("inc-1", day(4, 1)))
               .expectEvents(milestoneReached("inc-1", day(4, 1)));
    }

    @Test
    void milestoneCannotComeBeforeAdmission() {
        fixture.given(registered(), admitted("inc-1", ACCEPTED_ACHIEVEMENT, day(4, 1)))
               .when(milestone("inc-1", day(3, 31)))
               .expectException(violates(DATE_BEFORE_ADMISSION))
               .expectNoEvents();
    }

    @Test
    void milestoneOfUnknownIncubationIsNotFound() {
        fixture.given(registered())
               .when(milestone("inc-unknown", day(4, 1)))
               .expectException(violates(INCUBATION_NOT_FOUND))
               .expectNoEvents();
    }

    @Test
    void incubationGraduatesWithItsOutcome() {
        fixture.given(registered(), admitted("inc-1", ACCEPTED_ACHIEVEMENT, day(4, 1)), milestoneReached("inc-1", day(6, 15)))
               .when(graduate("inc-1", day(12, 20)))
               .expectEvents(graduated("inc-1", day(12, 20)))
               .expectState(station -> assertThat(station.incubations().get("inc-1").graduated()).isTrue());
    }

    @Test
    void graduationCannotComeBeforeAdmission() {
        fixture.given(registered(), admitted("inc-1", ACCEPTED_ACHIEVEMENT, day(4, 1)))
               .when(graduate("inc-1", day(3, 1)))
               .expectException(violates(DATE_BEFORE_ADMISSION))
               .expectNoEvents();
    }

    @Test
    void graduationOfUnknownIncubationIsNotFound() {
        fixture.given(registered())
               .when(graduate("inc-unknown", day(4, 1)))
               .expectException(violates(INCUBATION_NOT_FOUND))
               .expectNoEvents();
    }

    @Test
    void graduatedIncubationTakesNoFurtherMilestone() {
        fixture.given(registered(), admitted("inc-1", ACCEPTED_ACHIEVEMENT, day(4, 1)), graduated("inc-1", day(9, 1)))
               .when(milestone("inc-1", day(10, 1)))
               .expectException(violates(INCUBATION_GRADUATED))
               .expectNoEvents();
    }

    @Test
    void graduatedIncubationCannotGraduateAgain() {
        fixture.given(registered(), admitted("inc-1", ACCEPTED_ACHIEVEMENT, day(4, 1)), graduated("inc-1", day(9, 1)))
               .when(graduate("inc-1", day(10, 1)))
               .expectException(violates(INCUBATION_GRADUATED))
               .expectNoEvents();
    }
}
