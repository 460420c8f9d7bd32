package org.innovationledger.command.station;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.station.AdmitToIncubation;
import org.innovationledger.api.station.GraduateIncubation;
import org.innovationledger.api.station.GraduationOutcome;
import org.innovationledger.api.station.IncubationAdmitted;
import org.innovationledger.api.station.IncubationGraduated;
import org.innovationledger.api.station.IncubationMilestoneReached;
import org.innovationledger.api.station.IncubationSubject;
import org.innovationledger.api.station.IncubationSubjectKind;
import org.innovationledger.api.station.RecordIncubationMilestone;
import org.innovationledger.api.station.RegisterStation;
import org.innovationledger.api.station.StationRegistered;
import org.innovationledger.command.station.IncubationSubjects.SubjectStanding;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An invented service station, its history and the commands sent to it. Versions are left to Axon. */
final class StationExamples {

    static final String STATION_ID = "station-0007";
    static final RegionCode REGION = new RegionCode("360829");
    static final LocalDate REGISTERED_ON = LocalDate.of(2024, 3, 1);
    static final List<String> PARTNERS = List.of("安福县科技局", "井冈山大学");
    static final IncubationSubject ACCEPTED_ACHIEVEMENT = achievement("achievement-accepted");
    static final IncubationSubject PENDING_PATENT = patent("patent-pending");

    private StationExamples() {
    }

    static IncubationSubject achievement(String id) {
        return new IncubationSubject(IncubationSubjectKind.ACHIEVEMENT, id);
    }

    static IncubationSubject patent(String id) {
        return new IncubationSubject(IncubationSubjectKind.PATENT, id);
    }

    /** A fixture whose achievements and patents stand as {@link FakeSubjects} says. */
    static FixtureConfiguration<ServiceStation> fixture(FakeSubjects subjects) {
        FixtureConfiguration<ServiceStation> fixture = new AggregateTestFixture<>(ServiceStation.class);
        fixture.registerInjectableResource(subjects);
        return fixture;
    }

    static FakeSubjects subjects() {
        return new FakeSubjects().with(ACCEPTED_ACHIEVEMENT, SubjectStanding.of(AchievementStatus.ACCEPTED))
                                 .with(PENDING_PATENT, SubjectStanding.of(PatentStatus.PUBLISHED));
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2025, month, dayOfMonth);
    }

    static RegisterStation register() {
        return new RegisterStation(STATION_ID, "安福县职工创新创业服务站", REGION, "安福县总工会", PARTNERS, REGISTERED_ON);
    }

    static StationRegistered registered() {
        return new StationRegistered(STATION_ID, "安福县职工创新创业服务站", REGION, "安福县总工会", PARTNERS, REGISTERED_ON);
    }

    static AdmitToIncubation admit(String incubationId, IncubationSubject subject, LocalDate on) {
        return new AdmitToIncubation(STATION_ID, null, incubationId, subject, on, "入驻中试车间");
    }

    static IncubationAdmitted admitted(String incubationId, IncubationSubject subject, LocalDate on) {
        return new IncubationAdmitted(STATION_ID, incubationId, subject, on, "入驻中试车间");
    }

    static RecordIncubationMilestone milestone(String incubationId, LocalDate on) {
        return new RecordIncubationMilestone(STATION_ID, null, incubationId, "样机试制完成", on);
    }

    static IncubationMilestoneReached milestoneReached(String incubationId, LocalDate on) {
        return new IncubationMilestoneReached(STATION_ID, incubationId, "样机试制完成", on);
    }

    static GraduateIncubation graduate(String incubationId, LocalDate on) {
        return new GraduateIncubation(STATION_ID, null, incubationId, GraduationOutcome.COMMERCIALISED, on,
                "与县内企业签订转化协议");
    }

    static IncubationGraduated graduated(String incubationId, LocalDate on) {
        return new IncubationGraduated(STATION_ID, incubationId, GraduationOutcome.COMMERCIALISED, on,
                "与县内企业签订转化协议");
    }

    /** Achievements and patents that stand as a test says; any other is unknown. */
    static final class FakeSubjects implements IncubationSubjects {

        private final Map<IncubationSubject, SubjectStanding> standings = new HashMap<>();

        FakeSubjects with(IncubationSubject subject, SubjectStanding standing) {
            standings.put(subject, standing);
            return this;
        }

        @Override
        public Optional<SubjectStanding> standingOf(IncubationSubject subject) {
            return Optional.ofNullable(standings.get(subject));
        }
    }
}
