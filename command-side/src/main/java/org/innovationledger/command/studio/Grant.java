package org.innovationledger.command.studio;

import org.innovationledger.api.common.Yuan;

import java.time.LocalDate;

/** Funding granted to a studio (经费) and how much of it has been spent. */
record Grant(Yuan amount, LocalDate grantedOn, Yuan spent) {

    static Grant of(Yuan amount, LocalDate grantedOn) {
        return new Grant(amount, grantedOn, Yuan.ZERO);
    }

    Yuan remaining() {
        return amount.minus(spent);
    }

    Grant spend(Yuan more) {
        return new Grant(amount, grantedOn, spent.plus(more));
    }
}
