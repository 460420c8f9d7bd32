package org.innovationledger.api.patent;

import java.time.LocalDate;

/** An invention application was published (公布); {@code publicationNumber} (公开号) may be null. */
public record ApplicationPublished(
        String patentId,
        LocalDate publishedOn,
        String publicationNumber
) implements PatentEvent {
}
