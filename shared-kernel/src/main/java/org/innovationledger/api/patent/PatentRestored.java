package org.innovationledger.api.patent;

import java.time.LocalDate;

/** The patent was restored after lapsing (恢复权利); the fee it lapsed for is paid with the same command. */
public record PatentRestored(
        String patentId,
        int patentYear,
        LocalDate restoredOn,
        String reason
) implements PatentEvent {
}
