package org.innovationledger.command.studio;

import org.innovationledger.api.studio.Leader;
import org.innovationledger.api.studio.LeaderChanged;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioPromoted;
import org.innovationledger.api.studio.StudioReinstated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.command.studio.StudioExamples.*;
import static org.innovationledger.command.testing.SnapshotRoundTrip.fromJson;
import static org.innovationledger.command.testing.SnapshotRoundTrip.snapshotOf;
import static org.innovationledger.command.testing.SnapshotRoundTrip.toJson;

class StudioSnapshotTest {

    @Test
    void snapshotSurvivesJsonRoundTrip() {
        Studio studio = snapshotOf(Studio.class, STUDIO_ID,
                registered(),
                profileUpdated(),
                joined("m-1", day(1, 8)),
                joined("m-2", day(1, 8)),
                left("m-1", day(2, 20)),
                new LeaderChanged(STUDIO_ID, LEADER, new Leader("陈国栋", "全国技术能手"), day(3, 1), "原领衔人退休"),
                new StudioPromoted(STUDIO_ID, NamingLevel.COUNTY, NamingLevel.MUNICIPAL, "吉安市总工会", day(3, 5)),
                granted("g-1", "50000.00", day(3, 10)),
                spent("g-1", "s-1", "12800.50", day(3, 20)),
                takenOn("c-1", day(3, 12)),
                takenOn("c-2", day(3, 15)),
                solved("c-1", day(3, 28)),
                suspended(),
                new StudioReinstated(STUDIO_ID, "已补交工作计划", day(5, 10)),
                starsConfirmed(2023, 3, 3, null),
                starsConfirmed(2023, 4, 3, "获省级五小成果一等奖，上调一星"));

        String json = toJson(studio);

        assertThat(studio).hasNoNullFieldsOrProperties();
        assertThat(json).isNotEqualTo("{}")
                        .contains(STUDIO_ID, "明远重工集团有限公司", "\"360800\"", "陈国栋", "MUNICIPAL", "\"ACTIVE\"",
                                "m-2", "\"spent\":\"12800.50\"", "\"solved\":true",
                                "\"starsByYear\":{\"2023\":4}");
        assertThat(fromJson(json, Studio.class)).usingRecursiveComparison().isEqualTo(studio);
    }
}
