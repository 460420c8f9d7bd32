package org.innovationledger.command.rating;

import org.innovationledger.api.rating.RatingBasis;
import org.innovationledger.api.rating.RatingRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.command.rating.RatingPolicyExamples.*;
import static org.innovationledger.command.testing.SnapshotRoundTrip.fromJson;
import static org.innovationledger.command.testing.SnapshotRoundTrip.snapshotOf;
import static org.innovationledger.command.testing.SnapshotRoundTrip.toJson;

class RatingPolicySnapshotTest {

    @Test
    void snapshotSurvivesJsonRoundTrip() {
        RatingRules next = new RatingRules(2026, itemsWith(item("apprentices", RatingBasis.APPRENTICES, "1")),
                thresholds("12", "28", "48", "72", "100"));
        RatingPolicy policy = snapshotOf(RatingPolicy.class, POLICY_ID, issued(rules(2025)), revised(2, next));

        String json = toJson(policy);

        assertThat(policy).hasNoNullFieldsOrProperties();
        assertThat(json).isNotEqualTo("{}")
                        .contains(POLICY_ID, NAME, "江西省总工会", "\"360000\"", "\"PROVINCIAL\"", "\"100000.00\"",
                                "\"apprentices\"", "\"FUNDING_USED_BELOW\"", "0.5", "2026");
        RatingPolicy read = fromJson(json, RatingPolicy.class);
        assertThat(read).usingRecursiveComparison().isEqualTo(policy);
        assertThat(read.latestVersion()).isEqualTo(2);
        assertThat(read.rulesOf(2)).isEqualTo(next);
    }
}
