package org.innovationledger.api.patent;

import java.time.LocalDate;
import java.util.List;

/** An invalidation decision (无效宣告) struck down the patent wholly, or the listed claims of it. */
public record PatentInvalidated(
        String patentId,
        InvalidationExtent extent,
        List<Integer> invalidatedClaims,
        LocalDate decidedOn,
        String reason
) implements PatentEvent {
}
