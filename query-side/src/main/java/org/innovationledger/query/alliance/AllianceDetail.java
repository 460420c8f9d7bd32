package org.innovationledger.query.alliance;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Everything the read model knows about one studio alliance (创新工作室联盟详情). */
@Schema(description = "An alliance with its lead studio and its current and former member studios")
public record AllianceDetail(
        String id,
        String name,
        String description,
        LocalDate foundedOn,
        @Schema(description = "牵头工作室") StudioRef leadStudio,
        @Schema(description = "Studios that belong to the alliance now, the lead studio first") List<Member> members,
        @Schema(description = "Studios that left") List<FormerMember> formerMembers,
        int memberCount,
        @Schema(description = "Version of the alliance this view shows (also the ETag)") long version) {

    /** A studio named by id, with its current name (null while the studio view does not know it yet). */
    public record StudioRef(String id, String name) {
    }

    /** A member studio (成员工作室). */
    public record Member(String studioId, String studioName, LocalDate joinedOn) {
    }

    /** A studio that left the alliance (退出联盟). */
    public record FormerMember(String studioId, String studioName, LocalDate joinedOn, LocalDate leftOn,
                               String reason) {
    }
}
