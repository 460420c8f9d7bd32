package org.innovationledger.api.patent;

import java.time.LocalDate;
import java.util.List;

/** The patent was transferred (专利权转让) to new owners (专利权人), effective on registration. */
public record PatentTransferred(
        String patentId,
        List<String> previousOwners,
        List<String> newOwners,
        LocalDate transferredOn
) implements PatentEvent {
}
