package org.innovationledger.api.patent;

import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/**
 * The annual fee (年费) for a patent year was paid: the fee in the table ({@code baseFee}) plus the
 * late surcharge (滞纳金) for the month of grace it was paid in.
 */
public record AnnualFeePaid(
        String patentId,
        int patentYear,
        LocalDate dueOn,
        LocalDate paidOn,
        Yuan baseFee,
        int surchargePercent,
        Yuan surcharge,
        Yuan amountPaid
) implements PatentEvent {
}
