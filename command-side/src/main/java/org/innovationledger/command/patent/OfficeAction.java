package org.innovationledger.command.patent;

import java.time.LocalDate;

/** An office action (审查意见通知书) and whether the applicant answered it (意见陈述). */
record OfficeAction(LocalDate issuedOn, LocalDate responseDueOn, boolean answered) {

    static OfficeAction issued(LocalDate issuedOn, LocalDate responseDueOn) {
        return new OfficeAction(issuedOn, responseDueOn, false);
    }

    OfficeAction markAnswered() {
        return new OfficeAction(issuedOn, responseDueOn, true);
    }
}
