package org.innovationledger.api.patent;

import java.time.LocalDate;

/**
 * The patent was granted (授权公告) under its patent number (专利号). It owes annual fees from
 * {@code firstAnnualFeeYear}, the patent year of the grant.
 */
public record PatentGranted(
        String patentId,
        String patentNumber,
        LocalDate announcedOn,
        int firstAnnualFeeYear
) implements PatentEvent {
}
