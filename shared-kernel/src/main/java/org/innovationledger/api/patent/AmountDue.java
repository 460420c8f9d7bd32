package org.innovationledger.api.patent;

import org.innovationledger.api.common.Yuan;

import java.math.BigDecimal;

/**
 * What a payment of an annual fee must amount to: the fee (年费) plus the late surcharge (滞纳金).
 *
 * @param surchargePercent the surcharge as a percentage of the fee: 0, 5, 10, 15, 20 or 25
 */
public record AmountDue(Yuan fee, int surchargePercent, Yuan surcharge, Yuan total) {

    static AmountDue onTime(Yuan fee) {
        return new AmountDue(fee, 0, Yuan.ZERO, fee);
    }

    static AmountDue withSurcharge(Yuan fee, int percent) {
        Yuan surcharge = new Yuan(fee.amount().multiply(BigDecimal.valueOf(percent)).movePointLeft(2));
        return new AmountDue(fee, percent, surcharge, fee.plus(surcharge));
    }
}
