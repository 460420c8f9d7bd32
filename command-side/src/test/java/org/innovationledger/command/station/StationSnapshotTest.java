package org.innovationledger.command.station;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.command.station.StationExamples.*;
import static org.innovationledger.command.testing.SnapshotRoundTrip.fromJson;
import static org.innovationledger.command.testing.SnapshotRoundTrip.snapshotOf;
import static org.innovationledger.command.testing.SnapshotRoundTrip.toJson;

class StationSnapshotTest {

    @Test
    void snapshotSurvivesJsonRoundTrip() {
        ServiceStation station = snapshotOf(ServiceStation.class, STATION_ID,
                registered(),
                admitted("inc-1", ACCEPTED_ACHIEVEMENT, day(4, 1)),
                admitted("inc-2", PENDING_PATENT, day(4, 2)),
                milestoneReached("inc-1", day(6, 15)),
                graduated("inc-1", day(12, 20)));

        String json = toJson(station);

        assertThat(station).hasNoNullFieldsOrProperties();
        assertThat(json).isNotEqualTo("{}")
                        .contains(STATION_ID, "\"2024-03-01\"", "\"inc-2\"", "\"PATENT\"", "patent-pending",
                                "\"graduated\":true");
        assertThat(fromJson(json, ServiceStation.class)).usingRecursiveComparison().isEqualTo(station);
    }
}
