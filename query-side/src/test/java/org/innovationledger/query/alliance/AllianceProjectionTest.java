package org.innovationledger.query.alliance;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.innovationledger.query.alliance.AllianceDetail.FormerMember;
import org.innovationledger.query.alliance.AllianceDetail.Member;
import org.innovationledger.query.alliance.AllianceDetail.StudioRef;
import org.innovationledger.query.testsupport.Documents;
import org.innovationledger.query.testsupport.History;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.innovationledger.query.testsupport.ProjectionHarness;
import org.innovationledger.query.testsupport.Recorded;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.query.testsupport.StudioEvents.*;

class AllianceProjectionTest {

    private static final LocalDate DAY = LocalDate.of(2024, 9, 1);

    private final History history = new History().add(
            allianceFounded("a-1", "吉安市劳模工匠创新工作室联盟", "s-1", DAY),
            joinedAlliance("a-1", "s-2", DAY.plusDays(1)),
            joinedAlliance("a-1", "s-3", DAY.plusDays(2)),
            leftAlliance("a-1", "s-2", DAY.plusDays(3)),
            allianceFounded("a-2", "赣西矿山创新联盟", "s-3", DAY),
            joinedAlliance("a-1", "s-2", DAY.plusDays(4)),
            leftAlliance("a-1", "s-3", DAY.plusDays(5)));

    @AutoClose
    private final InProcessMongo mongo = new InProcessMongo();

    private static ProjectionHarness alliancesIn(MongoDatabase database) {
        return new ProjectionHarness(new AllianceProjection(new AllianceViews(database)));
    }

    private static Map<String, List<Document>> state(MongoDatabase database) {
        return Documents.of(database, AllianceViews.COLLECTION);
    }

    private AllianceDetail detail(MongoDatabase database, String allianceId) {
        AllianceView alliance = AllianceDocuments.view(new AllianceViews(database).find(allianceId).orElseThrow());
        return alliance.toDetail(Map.of());
    }

    @Test
    void foundingMakesTheLeadStudioTheFirstMember() {
        MongoDatabase database = mongo.database();
        alliancesIn(database).deliver(history.get(0));

        AllianceDetail alliance = detail(database, "a-1");

        assertThat(alliance.name()).isEqualTo("吉安市劳模工匠创新工作室联盟");
        assertThat(alliance.description()).isEqualTo("共享攻关课题与检测设备");
        assertThat(alliance.foundedOn()).isEqualTo(DAY);
        assertThat(alliance.leadStudio()).isEqualTo(new StudioRef("s-1", null));
        assertThat(alliance.members()).containsExactly(new Member("s-1", null, DAY));
        assertThat(alliance.formerMembers()).isEmpty();
        assertThat(alliance.memberCount()).isEqualTo(1);
        assertThat(alliance.version()).isZero();
    }

    @Test
    void studiosJoinLeaveAndRejoin() {
        MongoDatabase database = mongo.database();
        alliancesIn(database).deliver(history.events());

        AllianceDetail alliance = detail(database, "a-1");

        assertThat(alliance.members()).containsExactly(new Member("s-1", null, DAY),
                                                       new Member("s-2", null, DAY.plusDays(4)));
        assertThat(alliance.formerMembers()).containsExactly(
                new FormerMember("s-2", null, DAY.plusDays(1), DAY.plusDays(3), "企业改制"),
                new FormerMember("s-3", null, DAY.plusDays(2), DAY.plusDays(5), "企业改制"));
        assertThat(alliance.memberCount()).isEqualTo(2);
        assertThat(alliance.version()).isEqualTo(5);
        assertThat(detail(database, "a-2").version()).isZero();
    }

    @Test
    void everyEventDeliveredTwiceOrLateGivesTheSameDocuments() {
        MongoDatabase once = mongo.database("once");
        alliancesIn(once).deliver(history.events());
        MongoDatabase twice = mongo.database("twice");
        ProjectionHarness alliances = alliancesIn(twice);
        for (Recorded event : history.events()) {
            alliances.deliver(event).deliver(event);
        }
        alliances.deliver(history.get(1)).deliver(history.get(0));

        assertThat(state(twice)).isEqualTo(state(once));
    }

    @Test
    void resetAndReplayRebuildsTheSameDocuments() {
        MongoDatabase database = mongo.database();
        ProjectionHarness alliances = alliancesIn(database);
        alliances.deliver(history.events());
        Map<String, List<Document>> before = state(database);

        alliances.reset();
        assertThat(state(database).get(AllianceViews.COLLECTION)).isEmpty();
        alliances.deliver(history.events());

        assertThat(state(database)).isEqualTo(before);
        assertThat(before.get(AllianceViews.COLLECTION)).hasSize(2);
    }
}
