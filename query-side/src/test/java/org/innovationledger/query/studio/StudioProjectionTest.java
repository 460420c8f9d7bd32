package org.innovationledger.query.studio;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.query.studio.StudioDetail.AllianceRef;
import org.innovationledger.query.studio.StudioDetail.ChallengeStatus;
import org.innovationledger.query.studio.StudioDetail.Grant;
import org.innovationledger.query.studio.StudioDetail.LeaderChange;
import org.innovationledger.query.studio.StudioDetail.Member;
import org.innovationledger.query.studio.StudioDetail.Promotion;
import org.innovationledger.query.testsupport.History;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.innovationledger.query.testsupport.ProjectionHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.query.testsupport.StudioEvents.*;

class StudioProjectionTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    private InProcessMongo mongo;
    private MongoDatabase database;
    private StudioViews views;
    private ProjectionHarness studios;

    @BeforeEach
    void startStore() {
        mongo = new InProcessMongo();
        database = mongo.database();
        views = new StudioViews(database);
        studios = new ProjectionHarness(new StudioProjection(views),
                                        new StudioAllianceProjection(views, new AllianceNames(database)));
    }

    @AfterEach
    void stopStore() {
        mongo.close();
    }

    private StudioDetail project(History history, String studioId) {
        studios.deliver(history.events());
        return StudioDocuments.detail(views.findRegistered(studioId).orElseThrow());
    }

    @Test
    void registrationShowsTheProfileAndWhenItWasRecorded() {
        History history = new History().add(registered("s-1"));

        StudioDetail studio = project(history, "s-1");

        assertThat(studio.id()).isEqualTo("s-1");
        assertThat(studio.name()).isEqualTo("李建华劳模创新工作室");
        assertThat(studio.kind()).isEqualTo(StudioKind.MODEL_WORKER);
        assertThat(studio.level()).isEqualTo(NamingLevel.COUNTY);
        assertThat(studio.status()).isEqualTo(StudioStatus.ACTIVE);
        assertThat(studio.statusReason()).isNull();
        assertThat(studio.hostEnterprise()).isEqualTo("赣鄱矿业有限公司");
        assertThat(studio.regionCode()).isEqualTo("360829");
        assertThat(studio.namingUnion()).isEqualTo("安福县总工会");
        assertThat(studio.leader()).isEqualTo(LI_JIANHUA);
        assertThat(studio.foundedOn()).isEqualTo(DAY);
        assertThat(studio.description()).isEqualTo("井下采掘设备的革新与维修");
        assertThat(studio.registeredAt()).isEqualTo(history.get(0).timestamp());
        assertThat(studio.members()).isEmpty();
        assertThat(studio.funding().granted()).isEqualTo(Yuan.ZERO);
        assertThat(studio.funding().balance()).isEqualTo(Yuan.ZERO);
        assertThat(studio.challenges()).isEmpty();
        assertThat(studio.alliances()).isEmpty();
        assertThat(studio.version()).isZero();
    }

    @Test
    void versionIsTheSequenceNumberOfTheLastAppliedEvent() {
        History history = new History().add(registered("s-1"), joined("s-1", "GP-1", "王小明", false, DAY),
                                             takenOn("s-1", "c-1", DAY));

        assertThat(project(history, "s-1").version()).isEqualTo(2);
    }

    @Test
    void profileUpdateChangesNameEnterpriseRegionAndDescription() {
        History history = new History().add(registered("s-1"), profileUpdated("s-1", "新名称创新工作室", "360802"));

        StudioDetail studio = project(history, "s-1");

        assertThat(studio.name()).isEqualTo("新名称创新工作室");
        assertThat(studio.hostEnterprise()).isEqualTo("赣鄱矿业集团");
        assertThat(studio.regionCode()).isEqualTo("360802");
        assertThat(studio.description()).isEqualTo("采掘与提升设备");
        assertThat(studio.kind()).isEqualTo(StudioKind.MODEL_WORKER);
    }

    @Test
    void formerMembersStayListedAndOnlyCurrentOnesAreCounted() {
        History history = new History().add(
                registered("s-1"),
                joined("s-1", "GP-1", "王小明", false, DAY),
                joined("s-1", "GP-2", "刘小红", true, DAY.plusDays(1)),
                joined("s-1", "GP-3", "陈小刚", true, DAY.plusDays(2)),
                left("s-1", "GP-3", DAY.plusDays(3), "出师"),
                left("s-1", "GP-1", DAY.plusDays(4), "调往其他单位"),
                joined("s-1", "GP-1", "王小明", false, DAY.plusDays(5)));

        StudioDetail studio = project(history, "s-1");

        assertThat(studio.members()).containsExactly(
                new Member("GP-1", "王小明", "技术骨干", false, DAY, DAY.plusDays(4), "调往其他单位"),
                new Member("GP-2", "刘小红", "学徒", true, DAY.plusDays(1), null, null),
                new Member("GP-3", "陈小刚", "学徒", true, DAY.plusDays(2), DAY.plusDays(3), "出师"),
                new Member("GP-1", "王小明", "技术骨干", false, DAY.plusDays(5), null, null));
        assertThat(studio.memberCount()).isEqualTo(2);
        assertThat(studio.apprenticeCount()).isEqualTo(1);
    }

    @Test
    void leaderChangesAreKeptInOrderAndTheLastOneLeads() {
        History history = new History().add(registered("s-1"),
                                             leaderChanged("s-1", LI_JIANHUA, ZHOU_MIN, DAY.plusDays(1)),
                                             leaderChanged("s-1", ZHOU_MIN, LI_JIANHUA, DAY.plusDays(2)));

        StudioDetail studio = project(history, "s-1");

        assertThat(studio.leader()).isEqualTo(LI_JIANHUA);
        assertThat(studio.leaderHistory()).containsExactly(
                new LeaderChange(LI_JIANHUA, ZHOU_MIN, DAY.plusDays(1), "原领衔人退休"),
                new LeaderChange(ZHOU_MIN, LI_JIANHUA, DAY.plusDays(2), "原领衔人退休"));
    }

    @Test
    void promotionRaisesTheLevelAndNamingUnionAndIsKept() {
        History history = new History().add(registered("s-1"),
                                             promoted("s-1", NamingLevel.COUNTY, NamingLevel.MUNICIPAL, DAY));

        StudioDetail studio = project(history, "s-1");

        assertThat(studio.level()).isEqualTo(NamingLevel.MUNICIPAL);
        assertThat(studio.namingUnion()).isEqualTo("吉安市总工会");
        assertThat(studio.promotions()).containsExactly(
                new Promotion(NamingLevel.COUNTY, NamingLevel.MUNICIPAL, "吉安市总工会", DAY));
    }

    @Test
    void suspensionShowsItsReasonAndDateUntilReinstated() {
        History history = new History().add(registered("s-1"), suspended("s-1", DAY.plusDays(1)));

        StudioDetail suspended = project(history, "s-1");
        assertThat(suspended.status()).isEqualTo(StudioStatus.SUSPENDED);
        assertThat(suspended.statusReason()).isEqualTo("年度考核未达标");
        assertThat(suspended.statusSince()).isEqualTo(DAY.plusDays(1));

        StudioDetail reinstated = project(history.add(reinstated("s-1", DAY.plusDays(2))), "s-1");
        assertThat(reinstated.status()).isEqualTo(StudioStatus.ACTIVE);
        assertThat(reinstated.statusReason()).isNull();
        assertThat(reinstated.statusSince()).isNull();
    }

    @Test
    void revocationShowsItsReasonAndDate() {
        History history = new History().add(registered("s-1"), revoked("s-1", DAY.plusDays(1)));

        StudioDetail studio = project(history, "s-1");

        assertThat(studio.status()).isEqualTo(StudioStatus.REVOKED);
        assertThat(studio.statusReason()).isEqualTo("连续两年未开展活动");
        assertThat(studio.statusSince()).isEqualTo(DAY.plusDays(1));
    }

    @Test
    void fundingTotalsAreExactToTheFen() {
        History history = new History().add(
                registered("s-1"),
                granted("s-1", "g-1", "0.10", DAY),
                granted("s-1", "g-2", "0.20", DAY),
                granted("s-1", "g-3", "50000.00", DAY),
                spent("s-1", "g-3", "sp-1", "12345.67", DAY.plusDays(1)),
                spent("s-1", "g-3", "sp-2", "0.01", DAY.plusDays(2)),
                spent("s-1", "g-2", "sp-3", "0.20", DAY.plusDays(3)));

        StudioDetail studio = project(history, "s-1");

        assertThat(studio.funding().granted().amount()).isEqualByComparingTo("50000.30")
                .hasToString("50000.30");
        assertThat(studio.funding().spent()).hasToString("12345.88");
        assertThat(studio.funding().balance()).hasToString("37654.42");
        Grant big = studio.funding().grants().get(2);
        assertThat(big.spent()).hasToString("12345.68");
        assertThat(big.remaining()).hasToString("37654.32");
        assertThat(big.spendings()).extracting(spending -> spending.spendingId()).containsExactly("sp-1", "sp-2");
        assertThat(studio.funding().grants().get(1).remaining()).hasToString("0.00");
    }

    @Test
    void smallAmountsAddUpExactly() {
        History history = new History().add(registered("s-1"), granted("s-1", "g-1", "0.10", DAY),
                                             granted("s-1", "g-2", "0.20", DAY));

        assertThat(project(history, "s-1").funding().granted()).isEqualTo(Yuan.of("0.30")).hasToString("0.30");
    }

    @Test
    void moneyIsStoredAsDecimal128WithTwoDecimals() {
        studios.deliver(new History().add(registered("s-1"), granted("s-1", "g-1", "0.10", DAY),
                                          granted("s-1", "g-2", "0.20", DAY)).events());

        Document stored = database.getCollection(StudioViews.COLLECTION).find(eq("_id", "s-1")).first();

        Document funding = stored.get("funding", Document.class);
        assertThat(funding.get("granted")).isEqualTo(new Decimal128(new BigDecimal("0.30")));
        assertThat(funding.get("balance", Decimal128.class).bigDecimalValue()).isEqualTo(new BigDecimal("0.30"));
    }

    @Test
    void challengesAreCountedOpenAndSolved() {
        History history = new History().add(registered("s-1"), takenOn("s-1", "c-1", DAY),
                                             takenOn("s-1", "c-2", DAY.plusDays(1)),
                                             solved("s-1", "c-1", DAY.plusDays(30)));

        StudioDetail studio = project(history, "s-1");

        assertThat(studio.challenges()).extracting(StudioDetail.Challenge::status)
                .containsExactly(ChallengeStatus.SOLVED, ChallengeStatus.TAKEN_ON);
        assertThat(studio.challenges().get(0).outcome()).isEqualTo("改用复合材料闸瓦，寿命延长至一年");
        assertThat(studio.challenges().get(0).solvedOn()).isEqualTo(DAY.plusDays(30));
        assertThat(studio.challenges().get(1).title()).isEqualTo("提升机制动闸瓦磨损过快");
        assertThat(studio.challengesOpen()).isEqualTo(1);
        assertThat(studio.challengesSolved()).isEqualTo(1);
    }

    @Test
    void theStudioShowsTheAlliancesItBelongsToNow() {
        History history = new History().add(
                registered("s-1"),
                registered("s-2"),
                allianceFounded("a-1", "吉安市劳模工匠创新工作室联盟", "s-1", DAY),
                allianceFounded("a-2", "赣西矿山创新联盟", "s-2", DAY),
                joinedAlliance("a-2", "s-1", DAY.plusDays(1)),
                allianceFounded("a-3", "安福县职工创新联盟", "s-2", DAY),
                joinedAlliance("a-3", "s-1", DAY.plusDays(2)),
                leftAlliance("a-3", "s-1", DAY.plusDays(3)));

        StudioDetail studio = project(history, "s-1");

        assertThat(studio.alliances()).containsExactly(new AllianceRef("a-1", "吉安市劳模工匠创新工作室联盟"),
                                                       new AllianceRef("a-2", "赣西矿山创新联盟"));
        assertThat(studio.version()).as("alliance events do not move the studio's version").isZero();
    }

    @Test
    void aStudioThatRejoinsAnAllianceBelongsToItAgain() {
        History history = new History().add(registered("s-1"), registered("s-2"),
                                             allianceFounded("a-1", "赣西矿山创新联盟", "s-2", DAY),
                                             joinedAlliance("a-1", "s-1", DAY.plusDays(1)),
                                             leftAlliance("a-1", "s-1", DAY.plusDays(2)),
                                             joinedAlliance("a-1", "s-1", DAY.plusDays(3)));

        assertThat(project(history, "s-1").alliances()).containsExactly(new AllianceRef("a-1", "赣西矿山创新联盟"));
    }

    @Test
    void allianceMembershipProjectedBeforeTheRegistrationIsKept() {
        History alliance = new History().add(allianceFounded("a-1", "赣西矿山创新联盟", "s-1", DAY));
        studios.deliver(alliance.events());
        assertThat(views.findRegistered("s-1")).as("not a studio until registered").isEmpty();

        StudioDetail studio = project(new History().add(registered("s-1")), "s-1");

        assertThat(studio.alliances()).containsExactly(new AllianceRef("a-1", "赣西矿山创新联盟"));
        assertThat(studio.name()).isEqualTo("李建华劳模创新工作室");
    }
}
