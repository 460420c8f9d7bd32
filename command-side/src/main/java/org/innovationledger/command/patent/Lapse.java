package org.innovationledger.command.patent;

import java.time.LocalDate;

/** Why and since when a patent has lapsed (终止), and the last day to restore it (恢复). */
record Lapse(int patentYear, LocalDate lapsedOn, LocalDate restorableUntil) {
}
