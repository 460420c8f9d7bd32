package org.innovationledger.api.patent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.List;

/** Record an invalidation decision (无效宣告) on the patent. */
public record InvalidatePatent(
        @TargetAggregateIdentifier String patentId,
        @TargetAggregateVersion Long expectedVersion,
        InvalidationExtent extent,
        List<Integer> invalidatedClaims,
        LocalDate decidedOn,
        String reason
) {
}
