package org.innovationledger.api.patent;

import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The annual fee (年费) a granted patent owes for one patent year, and when it is due (see {@link AnnualFees}).
 *
 * <p>Paid on or before the due date, the fee is due alone. After it come six months of grace (滞纳期): month k runs
 * from the day after k-1 months past the due date to k months past it, and a payment in month k carries a surcharge
 * (滞纳金) of 5 × (k-1) % of the fee: 0 % in the first month, 25 % in the sixth. After the sixth month the patent
 * lapses (终止). Example from the examination guidelines: due on 1997-01-01 and paid on 1997-05-10 (fifth month),
 * the surcharge is 20 %.
 *
 * @param patentYear the patent year the fee is for (专利年度)
 * @param fee        the fee in the table, without surcharge
 * @param dueOn      the last day to pay without entering the grace period (缴费期限届满日)
 */
public record AnnualFee(int patentYear, Yuan fee, LocalDate dueOn) {

    /** The last day of grace; a fee unpaid after it makes the patent lapse. */
    public LocalDate graceEndsOn() {
        return dueOn.plusMonths(AnnualFees.GRACE_MONTHS);
    }

    /** The month of grace a payment falls in: 0 if on time, 1 to 6 in grace, empty once the grace period ended. */
    public Optional<Integer> graceMonthOn(LocalDate paidOn) {
        if (!paidOn.isAfter(dueOn)) {
            return Optional.of(0);
        }
        return IntStream.rangeClosed(1, AnnualFees.GRACE_MONTHS)
                        .filter(month -> !paidOn.isAfter(dueOn.plusMonths(month)))
                        .boxed()
                        .findFirst();
    }

    /** What a payment on this day must amount to (fee plus surcharge), or empty once the grace period ended. */
    public Optional<AmountDue> amountDueOn(LocalDate paidOn) {
        return graceMonthOn(paidOn).map(month -> month == 0
                ? AmountDue.onTime(fee)
                : AmountDue.withSurcharge(fee, AnnualFees.surchargePercent(month)));
    }

    /** The six months of grace with what a payment in each costs, for a calendar. */
    public List<GraceMonth> graceMonths() {
        return IntStream.rangeClosed(1, AnnualFees.GRACE_MONTHS)
                        .mapToObj(month -> new GraceMonth(month, dueOn.plusMonths(month - 1).plusDays(1),
                                dueOn.plusMonths(month),
                                AmountDue.withSurcharge(fee, AnnualFees.surchargePercent(month))))
                        .toList();
    }

    /** What restoring a patent that lapsed for this fee costs in annual fee: the fee with the full 25 % surcharge. */
    public AmountDue amountDueOnRestoration() {
        return AmountDue.withSurcharge(fee, AnnualFees.surchargePercent(AnnualFees.GRACE_MONTHS));
    }
}
