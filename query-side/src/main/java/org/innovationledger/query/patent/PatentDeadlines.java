package org.innovationledger.query.patent;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The deadline calendar (专利期限日历) of a studio, an enterprise or a region on a day: overdue first, then the next
 * 30, 90 and 365 days; within a group, nearest to the day first.
 */
@Schema(description = "Deadlines grouped: overdue, within 30 days, in 31–90 days, in 91–365 days")
public record PatentDeadlines(
        @Schema(description = "The day the calendar is for (default: today in Asia/Shanghai)") LocalDate on,
        @Schema(description = "Deadlines in all groups") int total,
        @Schema(description = "The four groups, always in this order, each possibly empty") List<Group> groups) {

    private static final Comparator<Deadline> NEAREST_FIRST =
            Comparator.<Deadline>comparingLong(deadline -> Math.abs(deadline.daysLeft()))
                      .thenComparing(Deadline::kind)
                      .thenComparing(Deadline::applicationNumber, Comparator.nullsLast(Comparator.naturalOrder()))
                      .thenComparing(Deadline::id);

    /** One group of deadlines. */
    public record Group(DeadlineGroup group, String english, String chinese, int count, List<Deadline> deadlines) {
    }

    /** Sorts deadlines into their groups, nearest to the day first: the latest overdue, the soonest due. */
    static PatentDeadlines of(LocalDate on, List<Deadline> deadlines) {
        List<Group> groups = Arrays.stream(DeadlineGroup.values()).map(group -> {
            List<Deadline> inGroup = deadlines.stream().filter(deadline -> deadline.group() == group)
                                              .sorted(NEAREST_FIRST).toList();
            return new Group(group, group.english(), group.chinese(), inGroup.size(), inGroup);
        }).toList();
        return new PatentDeadlines(on, deadlines.size(), groups);
    }

}
