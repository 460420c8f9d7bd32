package org.innovationledger.command.achievement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.api.achievement.AwardLevel.COUNTY;
import static org.innovationledger.command.achievement.AchievementExamples.*;
import static org.innovationledger.command.testing.SnapshotRoundTrip.fromJson;
import static org.innovationledger.command.testing.SnapshotRoundTrip.snapshotOf;
import static org.innovationledger.command.testing.SnapshotRoundTrip.toJson;

class AchievementSnapshotTest {

    @Test
    void snapshotSurvivesJsonRoundTrip() {
        Achievement achievement = snapshotOf(Achievement.class, ACHIEVEMENT_ID,
                recorded(),
                submitted(SUBMITTED_ON),
                returned(date(2025, 3, 10)),
                submitted(date(2025, 3, 12)),
                accepted(ACCEPTED_ON),
                awarded("a-1", COUNTY, COUNTY_UNION, date(2025, 3, 28)),
                implemented(IMPLEMENTED_FROM),
                recommended("吉安市总工会", date(2025, 6, 1)),
                adopted("ad-1", "赣鄱矿业二号井", date(2025, 6, 20)),
                claimed("c-1", Q2, "30000", date(2025, 7, 5)),
                corrected("c-1", "32500.50", date(2025, 7, 10)),
                verified("c-1", Q2, "28000", date(2025, 8, 1)),
                adjusted("c-1", "adj-1", Q2, "-500.25", date(2025, 9, 1)),
                claimed("c-2", Q3, "31000", date(2025, 10, 8)),
                claimRejected("c-2", date(2025, 10, 20)));

        String json = toJson(achievement);

        assertThat(achievement).hasNoNullFieldsOrProperties();
        assertThat(json).isNotEqualTo("{}")
                        .contains(ACHIEVEMENT_ID, STUDIO_ID, "\"ADOPTED\"", "\"2025-Q2\"", "\"32500.50\"",
                                "\"28000.00\"", "\"-500.25\"", "\"adj-1\"", "\"REJECTED\"", "\"VERIFIED\"",
                                "赣鄱矿业二号井", "吉安市总工会", COUNTY_UNION, "\"implementedFrom\":\"2025-04-01\"");
        assertThat(fromJson(json, Achievement.class)).usingRecursiveComparison().isEqualTo(achievement);
    }
}
