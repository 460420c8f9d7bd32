package org.innovationledger.api.achievement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Record that another enterprise or site adopted the achievement (推广应用). */
public record RecordAdoption(
        @TargetAggregateIdentifier String achievementId,
        @TargetAggregateVersion Long expectedVersion,
        String adoptionId,
        String adopter,
        String site,
        LocalDate adoptedOn,
        String note
) {
}
