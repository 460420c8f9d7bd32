package org.innovationledger.api.studio;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** A worker joins a studio (成员加入), possibly as an apprentice (徒弟). */
public record JoinStudio(
        @TargetAggregateIdentifier String studioId,
        @TargetAggregateVersion Long expectedVersion,
        String memberId,
        String name,
        String role,
        boolean apprentice,
        LocalDate joinedOn
) {
}
