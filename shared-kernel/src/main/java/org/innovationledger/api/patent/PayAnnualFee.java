package org.innovationledger.api.patent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** Pay the annual fee (缴纳年费) for a patent year, with any late surcharge (滞纳金). */
public record PayAnnualFee(
        @TargetAggregateIdentifier String patentId,
        @TargetAggregateVersion Long expectedVersion,
        int patentYear,
        Yuan amountPaid,
        LocalDate paidOn
) {
}
