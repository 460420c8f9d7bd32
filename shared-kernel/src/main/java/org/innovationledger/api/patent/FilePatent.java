package org.innovationledger.api.patent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** File a patent application (专利申请) for a studio, often from its achievements (成果). */
public record FilePatent(
        @TargetAggregateIdentifier String patentId,
        String studioId,
        ApplicationNumber applicationNumber,
        PatentType type,
        String title,
        LocalDate filedOn,
        LocalDate priorityDate,
        List<String> applicants,
        List<String> inventors,
        List<String> achievementIds
) {
}
