package org.innovationledger.command.achievement;

import org.innovationledger.api.common.BusinessRuleViolation;
import org.innovationledger.api.common.ErrorCode;
import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** Rules every step of an achievement and its savings claims shares: dates in order, amounts, who and why. */
final class Steps {

    private Steps() {
    }

    static void ensureNotBefore(LocalDate date, String step, LocalDate previousDate, String previousStep) {
        if (date.isBefore(previousDate)) {
            throw new BusinessRuleViolation(ErrorCode.STEP_BEFORE_PREVIOUS_STEP, step + " on " + date
                    + " cannot come before " + previousStep + " on " + previousDate);
        }
    }

    static void ensurePositive(Yuan amount, String what) {
        if (!amount.isPositive()) {
            throw new BusinessRuleViolation(ErrorCode.AMOUNT_NOT_POSITIVE,
                    what + " must be greater than zero, got " + amount + " yuan");
        }
    }

    static void ensureReason(String reason, String step) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation(ErrorCode.REASON_REQUIRED, step + " must state its reason");
        }
    }

    static void ensureActor(String actor, String step) {
        if (actor == null || actor.isBlank()) {
            throw new BusinessRuleViolation(ErrorCode.ACTOR_REQUIRED, step + " must name who made it");
        }
    }
}
