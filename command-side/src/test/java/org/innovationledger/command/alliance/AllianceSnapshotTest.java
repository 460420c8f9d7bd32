package org.innovationledger.command.alliance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.command.alliance.AllianceExamples.*;
import static org.innovationledger.command.testing.SnapshotRoundTrip.fromJson;
import static org.innovationledger.command.testing.SnapshotRoundTrip.snapshotOf;
import static org.innovationledger.command.testing.SnapshotRoundTrip.toJson;

class AllianceSnapshotTest {

    @Test
    void snapshotSurvivesJsonRoundTrip() {
        Alliance alliance = snapshotOf(Alliance.class, ALLIANCE_ID,
                founded(), joined(ACTIVE), joined("studio-3"), left("studio-3"));

        String json = toJson(alliance);

        assertThat(alliance).hasNoNullFieldsOrProperties();
        assertThat(json).isNotEqualTo("{}").contains(ALLIANCE_ID, "\"leadStudioId\":\"" + LEAD + "\"", ACTIVE)
                        .doesNotContain("studio-3");
        assertThat(fromJson(json, Alliance.class)).usingRecursiveComparison().isEqualTo(alliance);
    }
}
