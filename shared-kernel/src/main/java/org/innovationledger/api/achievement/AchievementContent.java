package org.innovationledger.api.achievement;

import java.time.LocalDate;
import java.util.List;

/**
 * What a studio records about an achievement: its title and category, what it is, the problem it solves, the
 * measure taken and the effect (问题描述 / 改善措施 / 改善效果), who contributed, and the day it was achieved.
 */
public record AchievementContent(
        String title,
        AchievementCategory category,
        String description,
        String problem,
        String measure,
        String effect,
        List<Contributor> contributors,
        LocalDate achievedOn
) {
    public AchievementContent {
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
    }
}
