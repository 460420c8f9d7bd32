package org.innovationledger.command.station;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.innovationledger.api.common.BusinessRuleViolation;
import org.innovationledger.api.common.ErrorCode;
import org.innovationledger.api.station.AdmitToIncubation;
import org.innovationledger.api.station.GraduateIncubation;
import org.innovationledger.api.station.IncubationAdmitted;
import org.innovationledger.api.station.IncubationGraduated;
import org.innovationledger.api.station.IncubationMilestoneReached;
import org.innovationledger.api.station.IncubationSubject;
import org.innovationledger.api.station.RecordIncubationMilestone;
import org.innovationledger.api.station.RegisterStation;
import org.innovationledger.api.station.StationRegistered;
import org.innovationledger.command.station.IncubationSubjects.SubjectStanding;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A worker innovation service station (职工创新创业服务站): a union-hosted place that incubates (孵化) accepted
 * "五小" achievements and patents. It admits a subject (入孵) that its own record says can be incubated — once at a
 * time: again only after it graduated — records the milestones it reaches and ends its incubation with an outcome
 * (出孵). Nothing is dated before the admission, and no admission before the station was registered.
 */
@Aggregate(snapshotTriggerDefinition = "stationSnapshotTrigger")
class ServiceStation {

    @AggregateIdentifier
    private String id;
    private LocalDate registeredOn;
    private Map<String, Incubation> incubations = new HashMap<>();

    ServiceStation() {
    }

    @CommandHandler
    ServiceStation(RegisterStation command) {
        apply(new StationRegistered(command.stationId(), command.name(), command.region(), command.hostUnion(),
                command.partners() == null ? List.of() : command.partners(), command.registeredOn()));
    }

    @CommandHandler
    void handle(AdmitToIncubation command, IncubationSubjects subjects) {
        if (incubations.containsKey(command.incubationId())) {
            throw new BusinessRuleViolation(ErrorCode.INCUBATION_ALREADY_RECORDED,
                    "incubation " + command.incubationId() + " is already recorded at station " + id);
        }
        if (command.admittedOn().isBefore(registeredOn)) {
            throw new BusinessRuleViolation(ErrorCode.DATE_BEFORE_ADMISSION, "station " + id + " was registered on "
                    + registeredOn + " and cannot admit anything on " + command.admittedOn());
        }
        ensureNotIncubating(command.subject());
        ensureIncubatable(command.subject(), subjects);
        apply(new IncubationAdmitted(id, command.incubationId(), command.subject(), command.admittedOn(),
                command.note()));
    }

    @CommandHandler
    void handle(RecordIncubationMilestone command) {
        Incubation incubation = ongoing(command.incubationId());
        ensureNotBeforeAdmission(command.incubationId(), incubation, command.reachedOn(), "a milestone");
        apply(new IncubationMilestoneReached(id, command.incubationId(), command.milestone(), command.reachedOn()));
    }

    @CommandHandler
    void handle(GraduateIncubation command) {
        Incubation incubation = ongoing(command.incubationId());
        ensureNotBeforeAdmission(command.incubationId(), incubation, command.graduatedOn(), "the graduation");
        apply(new IncubationGraduated(id, command.incubationId(), command.outcome(), command.graduatedOn(),
                command.note()));
    }

    /** The incubations the station has admitted, by id. */
    Map<String, Incubation> incubations() {
        return Map.copyOf(incubations);
    }

    private void ensureNotIncubating(IncubationSubject subject) {
        for (Map.Entry<String, Incubation> entry : incubations.entrySet()) {
            Incubation incubation = entry.getValue();
            if (incubation.subject().equals(subject) && !incubation.graduated()) {
                throw new BusinessRuleViolation(ErrorCode.SUBJECT_ALREADY_INCUBATED, "station " + id
                        + " is incubating " + describe(subject) + " since " + incubation.admittedOn()
                        + " (incubation " + entry.getKey() + ")");
            }
        }
    }

    private static void ensureIncubatable(IncubationSubject subject, IncubationSubjects subjects) {
        SubjectStanding standing = subjects.standingOf(subject).orElseThrow(() -> new BusinessRuleViolation(
                ErrorCode.SUBJECT_NOT_FOUND, "no " + describe(subject) + " is recorded"));
        if (!standing.incubatable()) {
            throw new BusinessRuleViolation(ErrorCode.SUBJECT_NOT_INCUBATABLE, describe(subject) + " is "
                    + standing.status() + "; only an accepted achievement, or a patent application or patent that "
                    + "has not ended, can be incubated");
        }
    }

    private Incubation ongoing(String incubationId) {
        Incubation incubation = incubations.get(incubationId);
        if (incubation == null) {
            throw new BusinessRuleViolation(ErrorCode.INCUBATION_NOT_FOUND,
                    "station " + id + " has no incubation " + incubationId);
        }
        if (incubation.graduated()) {
            throw new BusinessRuleViolation(ErrorCode.INCUBATION_GRADUATED,
                    "incubation " + incubationId + " has ended and accepts no further milestones or outcome");
        }
        return incubation;
    }

    private static void ensureNotBeforeAdmission(String incubationId, Incubation incubation, LocalDate date,
                                                 String step) {
        if (date.isBefore(incubation.admittedOn())) {
            throw new BusinessRuleViolation(ErrorCode.DATE_BEFORE_ADMISSION, step + " of incubation " + incubationId
                    + " on " + date + " cannot come before its admission on " + incubation.admittedOn());
        }
    }

    private static String describe(IncubationSubject subject) {
        return (subject.kind() == null ? "subject" : subject.kind().name().toLowerCase(Locale.ROOT))
                + " " + subject.id();
    }

    @EventSourcingHandler
    void on(StationRegistered event) {
        id = event.stationId();
        registeredOn = event.registeredOn();
    }

    @EventSourcingHandler
    void on(IncubationAdmitted event) {
        incubations.put(event.incubationId(), Incubation.admitted(event.subject(), event.admittedOn()));
    }

    @EventSourcingHandler
    void on(IncubationGraduated event) {
        incubations.put(event.incubationId(), incubations.get(event.incubationId()).markGraduated());
    }
}
