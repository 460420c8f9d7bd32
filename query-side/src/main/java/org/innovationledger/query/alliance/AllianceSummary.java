package org.innovationledger.query.alliance;

import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.query.alliance.AllianceDetail.StudioRef;

import java.time.LocalDate;

/** An alliance as one line of a list (联盟列表项). */
@Schema(description = "An alliance in a list")
public record AllianceSummary(String id, String name, LocalDate foundedOn, StudioRef leadStudio, int memberCount,
                              long version) {
}
