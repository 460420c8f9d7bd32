package org.innovationledger.query.patent;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.PatentType;

import java.util.List;

/** Patents counted by group (专利统计), for dashboards: e.g. granted inventions per studio per year. */
@Schema(description = "How many patents of the filtered set fall in each group")
public record PatentCounts(
        @Schema(description = "The dimensions grouped by, in order", example = "[\"studio\", \"year\"]")
        List<String> groupBy,
        @Schema(description = "Which year `year` means: the year filed or the year granted", example = "granted")
        String yearOf,
        @Schema(description = "Patents counted in all groups") long total,
        @Schema(description = "One row per group, ordered by the dimensions") List<Group> groups) {

    /** One group: the values of the dimensions grouped by (the others are absent) and how many patents it holds. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A group; only the dimensions grouped by are present")
    public record Group(
            String studioId,
            String studioName,
            @Schema(description = "所在企业") String enterprise,
            @Schema(description = "The studio's region code") String regionCode,
            PatentType type,
            PatentStatus status,
            Integer year,
            long count) {
    }
}
