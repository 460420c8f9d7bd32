package org.innovationledger.command.patent;

import org.innovationledger.api.common.BusinessRuleViolation;
import org.innovationledger.api.common.ErrorCode;
import org.innovationledger.api.patent.AnnualFee;
import org.innovationledger.api.patent.AnnualFees;
import org.innovationledger.api.patent.PatentCalendar;
import org.innovationledger.api.patent.PatentType;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/** The annual fees (年费) a granted patent owes, from the year of grant to the end of its term, and which are paid. */
record AnnualFeeAccount(PatentType type, LocalDate filedOn, LocalDate grantedOn, Set<Integer> paidYears) {

    static AnnualFeeAccount opened(PatentType type, LocalDate filedOn, LocalDate grantedOn) {
        return new AnnualFeeAccount(type, filedOn, grantedOn, Set.of());
    }

    AnnualFeeAccount paid(int patentYear) {
        Set<Integer> paid = new HashSet<>(paidYears);
        paid.add(patentYear);
        return new AnnualFeeAccount(type, filedOn, grantedOn, paid);
    }

    /** The fee of a year that is owed and not yet paid. */
    AnnualFee unpaidFee(int patentYear) {
        AnnualFee fee = AnnualFees.owed(type, filedOn, grantedOn, patentYear).orElseThrow(
                () -> new BusinessRuleViolation(ErrorCode.ANNUAL_FEE_YEAR_NOT_OWED,
                        "patent year " + patentYear + " owes no annual fee: granted on " + grantedOn
                                + ", the patent owes fees for years " + AnnualFees.firstYearOwed(filedOn, grantedOn)
                                + " to " + PatentCalendar.termYears(type, filedOn)));
        if (paidYears.contains(patentYear)) {
            throw new BusinessRuleViolation(ErrorCode.ANNUAL_FEE_ALREADY_PAID,
                    "the annual fee for patent year " + patentYear + " is already paid");
        }
        return fee;
    }

    /** The earliest fee still unpaid whose grace period ended before this day: the fee the patent lapsed for. */
    Optional<AnnualFee> unpaidAfterGrace(LocalDate day) {
        int first = AnnualFees.firstYearOwed(filedOn, grantedOn);
        return IntStream.rangeClosed(first, PatentCalendar.termYears(type, filedOn))
                        .filter(year -> !paidYears.contains(year))
                        .mapToObj(year -> AnnualFees.owed(type, filedOn, grantedOn, year))
                        .flatMap(Optional::stream)
                        .filter(fee -> fee.graceEndsOn().isBefore(day))
                        .findFirst();
    }
}
