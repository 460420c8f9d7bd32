package org.innovationledger.api.patent;

import java.time.LocalDate;

/**
 * One month of the grace period (滞纳期) of an annual fee and what a payment in it costs.
 *
 * @param month    1 to 6
 * @param startsOn the first day of the month of grace
 * @param endsOn   the last day of the month of grace
 */
public record GraceMonth(int month, LocalDate startsOn, LocalDate endsOn, AmountDue amountDue) {
}
