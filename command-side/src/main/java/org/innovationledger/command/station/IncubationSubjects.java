package org.innovationledger.command.station;

import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.station.IncubationSubject;

import java.util.Optional;

/**
 * Where the achievement or patent a station is asked to incubate stands, read from its own record: a rule of the
 * station that depends on other aggregates, like an alliance's on its studios.
 */
public interface IncubationSubjects {

    /** The subject's standing as its record says, or empty if no achievement or patent with this id is recorded. */
    Optional<SubjectStanding> standingOf(IncubationSubject subject);

    /**
     * @param status      the subject's status, as its own record names it (e.g. {@code ACCEPTED}, {@code GRANTED})
     * @param incubatable whether that status lets it be incubated
     */
    record SubjectStanding(String status, boolean incubatable) {

        /**
         * An achievement is incubated once it is accepted, and further along (implemented, recommended, adopted) —
         * not as a draft, nor submitted, returned, rejected or withdrawn.
         */
        public static SubjectStanding of(AchievementStatus status) {
            return new SubjectStanding(status.name(), status.isAcceptedOrLater());
        }

        /**
         * A patent application or patent is incubated until it has ended (withdrawn, deemed withdrawn, finally
         * rejected, wholly invalidated or expired); a lapsed patent can still be restored, so it counts.
         */
        public static SubjectStanding of(PatentStatus status) {
            return new SubjectStanding(status.name(), !status.isFinal());
        }
    }
}
