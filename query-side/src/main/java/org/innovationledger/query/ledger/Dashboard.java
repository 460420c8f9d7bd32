package org.innovationledger.query.ledger;

import io.swagger.v3.oas.annotations.media.Schema;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.PatentType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The leadership dashboard (领导驾驶舱) of a region or an enterprise over a year or a range of years. Every count
 * carries the link that lists the records behind it.
 */
@Schema(description = "Studios, achievements, savings, patents and incubation of a region or an enterprise")
public record Dashboard(
        @Schema(description = "Region prefix asked for, or null") String region,
        @Schema(description = "Enterprise asked for, or null") String enterprise,
        int fromYear,
        int toYear,
        @Schema(description = "The day fee deadlines are counted from") LocalDate on,
        Studios studios,
        Achievements achievements,
        Savings savings,
        Patents patents,
        Incubation incubation,
        FeeDeadlines feeDeadlines,
        TopStudios topStudios,
        Comparison comparedWithPrevious,
        @Schema(description = "How many changes this instance's ledger has applied: it moves with every event")
        long ledgerPosition) {

    /** A count and the link to the records behind it. */
    public record Count(long count, @Schema(description = "Lists the records counted") String records) {
    }

    /** Studios in scope now (not revoked); stars are those of {@code starsYear}, the range's last year. */
    public record Studios(Count total, Map<String, Count> byLevel, Map<String, Count> byKind, int starsYear,
                          @Schema(description = "Computed stars 0–5, and none when no policy covers the studio")
                          Map<String, Count> byStars,
                          @Schema(description = "Confirmed official stars 0–5, and none until confirmed")
                          Map<String, Count> byOfficialStars) {
    }

    /** Achievements made in the range (成果), by category and status now. */
    public record Achievements(Count total, Map<String, Count> byCategory, Map<String, Count> byStatus) {
    }

    /** Savings claimed for periods in the range (效益), with the trend by period. */
    public record Savings(@Schema(type = "string") Yuan claimed, @Schema(type = "string") Yuan verified,
                          @Schema(type = "string") Yuan pending, long claims, String records,
                          @Schema(description = "Per quarter, and per whole year for claims made for a whole year")
                          List<Period> trend) {
    }

    public record Period(@Schema(example = "2025-Q3") String period, @Schema(type = "string") Yuan claimed,
                         @Schema(type = "string") Yuan verified, long claims, String records) {
    }

    /** Patents filed and granted in the range (专利), by type. */
    public record Patents(Count filed, Map<String, Count> filedByType, Count granted, Map<String, Count> grantedByType) {
    }

    /** Incubations admitted in the range (孵化), by what they incubate; graduations in the range by outcome. */
    public record Incubation(Count admitted, Map<String, Count> achievementsByCategory,
                             Map<String, Count> patentsByType, Map<String, Count> patentsByStatus,
                             Map<String, Count> graduatedByOutcome) {
    }

    /** Annual fees due within {@code days} of {@code on}, and those overdue but still payable (年费期限). */
    public record FeeDeadlines(int days, long count, long overdue, List<FeeDue> soonest) {
    }

    public record FeeDue(String patentId, String title, String applicationNumber, PatentType type, int patentYear,
                         LocalDate dueOn, @Schema(type = "string") Yuan fee, boolean overdue, StudioRef studio) {
    }

    public record TopStudios(List<StudioFigure> byStars, List<StudioFigure> bySavings,
                             List<StudioFigure> byPatents) {
    }

    /** A studio in a ranking with the figure it is ranked by. */
    public record StudioFigure(int rank, StudioRef studio, @Schema(description = "Stars, verified yuan, or patents")
    String value, String rating) {
    }

    /** The same headline figures for the range just before, and the change. */
    public record Comparison(int fromYear, int toYear, Headline previous, Headline change) {
    }

    public record Headline(long achievements, @Schema(type = "string") Yuan claimed,
                           @Schema(type = "string") Yuan verified, long patentsFiled, long patentsGranted,
                           long incubated, long graduated, long fourOrFiveStars) {
    }
}
