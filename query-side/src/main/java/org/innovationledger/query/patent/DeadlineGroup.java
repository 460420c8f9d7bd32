package org.innovationledger.query.patent;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The groups of the deadline calendar (期限分组), by the days from the day asked for to the due date. Each deadline
 * falls in exactly one; deadlines more than 365 days ahead fall in none.
 */
public enum DeadlineGroup {

    /** Due before the day asked for (已逾期). */
    OVERDUE("Overdue", "已逾期"),
    /** Due on the day asked for or within 30 days (30天内). */
    NEXT_30_DAYS("Within 30 days", "30天内"),
    /** Due in 31 to 90 days (31–90天). */
    NEXT_90_DAYS("In 31 to 90 days", "31至90天"),
    /** Due in 91 to 365 days (91–365天). */
    NEXT_365_DAYS("In 91 to 365 days", "91至365天");

    static final int HORIZON_DAYS = 365;

    private final String english;
    private final String chinese;

    DeadlineGroup(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    public String english() {
        return english;
    }

    public String chinese() {
        return chinese;
    }

    /** The group of a deadline due on {@code dueOn}, seen on {@code on}; empty beyond the horizon. */
    static Optional<DeadlineGroup> of(LocalDate dueOn, LocalDate on) {
        long days = ChronoUnit.DAYS.between(on, dueOn);
        if (days < 0) {
            return Optional.of(OVERDUE);
        }
        if (days <= 30) {
            return Optional.of(NEXT_30_DAYS);
        }
        if (days <= 90) {
            return Optional.of(NEXT_90_DAYS);
        }
        return days <= HORIZON_DAYS ? Optional.of(NEXT_365_DAYS) : Optional.empty();
    }
}
