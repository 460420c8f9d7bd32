package org.innovationledger.command.studio;

import java.time.LocalDate;

/** A technical challenge (技术攻关) the studio took on. */
record Challenge(LocalDate takenOn, boolean solved) {

    static Challenge takenOn(LocalDate takenOn) {
        return new Challenge(takenOn, false);
    }

    Challenge markSolved() {
        return new Challenge(takenOn, true);
    }
}
