package org.innovationledger.query.ledger;

import org.innovationledger.api.achievement.AchievementAdopted;
import org.innovationledger.api.achievement.AchievementContent;
import org.innovationledger.api.achievement.AchievementRecommended;
import org.innovationledger.api.achievement.AchievementRejected;
import org.innovationledger.api.achievement.AchievementRevised;
import org.innovationledger.api.achievement.AchievementSubmitted;
import org.innovationledger.api.achievement.AwardGrade;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.achievement.AwardRecorded;
import org.innovationledger.api.achievement.Contributor;
import org.innovationledger.api.alliance.AllianceFounded;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.query.web.InvalidQueryException;
import org.innovationledger.query.web.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innovationledger.api.achievement.AchievementCategory.SMALL_DESIGN;
import static org.innovationledger.api.achievement.AchievementCategory.SMALL_INNOVATION;
import static org.innovationledger.api.achievement.AchievementCategory.SMALL_SUGGESTION;
import static org.innovationledger.api.achievement.AchievementStatus.ADOPTED;
import static org.innovationledger.api.achievement.AchievementStatus.DRAFT;
import static org.innovationledger.api.achievement.AchievementStatus.RECOMMENDED;
import static org.innovationledger.api.achievement.AchievementStatus.REJECTED;
import static org.innovationledger.query.ledger.LedgerExamples.DAY;

/** The achievement list from the in-memory ledger: every filter, the orders, the pages. */
class AchievementListQueryTest {

    private final LedgerExamples ledger = new LedgerExamples();

    @BeforeEach
    void history() {
        ledger.studio("A", "李建华劳模创新工作室", NamingLevel.COUNTY, "赣鄱矿业", "360829");
        ledger.studio("B", "周卫国技能大师工作室", NamingLevel.MUNICIPAL, "赣鄱矿业", "360802");
        ledger.studio("C", "抚州电力职工创新工作室", NamingLevel.COUNTY, "抚州电力", "361002");
        ledger.projection.on(new AllianceFounded("M", "矿业联盟", "B", DAY, null));

        ledger.implemented("a1", "A", "皮带机自动纠偏装置", SMALL_INNOVATION, LocalDate.of(2025, 3, 1));
        ledger.claim("a1", "c1", "2025", "1200.00");
        ledger.projection.on(new AwardRecorded("a1", "w1", AwardLevel.COUNTY, AwardGrade.FIRST, "安福县总工会", DAY));
        ledger.projection.on(new AwardRecorded("a1", "w2", AwardLevel.MUNICIPAL, AwardGrade.THIRD, "吉安市总工会", DAY));
        ledger.projection.on(new AchievementRecommended("a1", AwardLevel.PROVINCIAL, "江西省总工会", DAY, null));

        ledger.implemented("a2", "B", "变频节能改造", SMALL_INNOVATION, LocalDate.of(2024, 6, 1));
        ledger.claim("a2", "c2", "2024", "50000.00");
        ledger.projection.on(new AchievementAdopted("a2", "d1", "赣鄱矿业二号矿", null, DAY, null));

        ledger.draft("a3", "C", "巡检表格简化建议", SMALL_SUGGESTION, LocalDate.of(2025, 5, 1));
        ledger.projection.on(new AchievementSubmitted("a3", DAY));
        ledger.projection.on(new AchievementRejected("a3", "县总工会", DAY, "重复"));

        ledger.draft("a4", "C", "工具柜设计", SMALL_DESIGN, LocalDate.of(2025, 2, 1));
    }

    @Test
    void newestFirstByDefault() {
        assertThat(ids(list(parameters().build()))).containsExactly("a3", "a1", "a4", "a2");
    }

    @Test
    void everyFilterNarrowsTheList() {
        assertThat(ids(list(parameters().studio("A").build()))).containsExactly("a1");
        assertThat(ids(list(parameters().enterprise("赣鄱矿业").build()))).containsExactly("a1", "a2");
        assertThat(ids(list(parameters().alliance("M").build()))).containsExactly("a2");
        assertThat(ids(list(parameters().region("3608").build()))).containsExactly("a1", "a2");
        assertThat(ids(list(parameters().region("361002").build()))).containsExactly("a3", "a4");
        assertThat(ids(list(parameters().level("municipal").build()))).containsExactly("a2");
        assertThat(ids(list(parameters().category("SMALL_SUGGESTION,SMALL_DESIGN").build())))
                .containsExactly("a3", "a4");
        assertThat(ids(list(parameters().status("REJECTED").build()))).containsExactly("a3");
        assertThat(ids(list(parameters().year("2024").build()))).containsExactly("a2");
        assertThat(ids(list(parameters().awardLevel("MUNICIPAL,NATIONAL").build()))).containsExactly("a1");
        assertThat(ids(list(parameters().q("纠偏").build()))).containsExactly("a1");
        assertThat(ids(list(parameters().q("王小明").region("36").category("SMALL_INNOVATION").build())))
                .containsExactly("a1", "a2");
    }

    @Test
    void itemsShowStatusAwardsSavingsAndTheStudioAsItIsNow() {
        List<AchievementListItem> items = list(parameters().sort("title,asc").build()).items();

        // titles in code-point order: 变频… 巡检… 工具… 皮带…
        assertThat(items).extracting(AchievementListItem::id).containsExactly("a2", "a3", "a4", "a1");
        assertThat(items).extracting(AchievementListItem::status).containsExactly(ADOPTED, REJECTED, DRAFT,
                                                                                  RECOMMENDED);
        AchievementListItem belt = items.stream().filter(item -> item.id().equals("a1")).findFirst().orElseThrow();
        assertThat(belt.awardLevels()).containsExactly(AwardLevel.COUNTY, AwardLevel.MUNICIPAL);
        assertThat(belt.claimedSavings()).hasToString("1200.00");
        assertThat(belt.verifiedSavings()).hasToString("0.00");
        assertThat(belt.studio().name()).isEqualTo("李建华劳模创新工作室");
    }

    @Test
    void aRevisionChangesWhatIsFoundByText() {
        ledger.projection.on(new AchievementRevised("a4", new AchievementContent(
                "工具柜改进设计", SMALL_DESIGN, null, null, null, null,
                List.of(new Contributor("赵丽", null, new BigDecimal("100"))), LocalDate.of(2025, 2, 1))));

        assertThat(ids(list(parameters().q("赵丽").build()))).containsExactly("a4");
        assertThat(ids(list(parameters().q("王小明").build()))).doesNotContain("a4");
    }

    @Test
    void ordersAndPagesNeverOverlap() {
        assertThat(ids(list(parameters().sort("claimedSavings,desc").build())))
                .containsExactly("a2", "a1", "a3", "a4");
        assertThat(ids(list(parameters().sort("achievedOn").size("3").page("0").build())))
                .containsExactly("a2", "a4", "a1");
        Page<AchievementListItem> second = list(parameters().sort("achievedOn").size("3").page("1").build());
        assertThat(ids(second)).containsExactly("a3");
        assertThat(second.totalItems()).isEqualTo(4);
        assertThat(second.totalPages()).isEqualTo(2);
    }

    @Test
    void aLongListKeepsOnlyThePageInOrder() {
        for (int i = 0; i < 500; i++) {
            ledger.draft("x" + i, "A", "建议 " + i, SMALL_SUGGESTION, LocalDate.of(2020, 1, 1).plusDays(i));
        }

        Page<AchievementListItem> page = list(parameters().studio("A").year("2020").size("5").page("2").build());

        assertThat(ids(page)).containsExactly("x355", "x354", "x353", "x352", "x351");
        assertThat(page.totalItems()).isEqualTo(366);
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> list(parameters().category("SMALL_THING").build()))
                .isInstanceOf(InvalidQueryException.class).extracting("parameter").isEqualTo("category");
        assertThatThrownBy(() -> list(parameters().sort("savings").build())).extracting("parameter")
                                                                              .isEqualTo("sort");
        assertThatThrownBy(() -> list(parameters().awardLevel("GALACTIC").build())).extracting("parameter")
                                                                                    .isEqualTo("awardLevel");
        assertThatThrownBy(() -> list(parameters().size("0").build())).extracting("parameter").isEqualTo("size");
    }

    private Page<AchievementListItem> list(AchievementListParameters parameters) {
        return ledger.index.read(AchievementListQuery.parse(parameters)::answer);
    }

    private static List<String> ids(Page<AchievementListItem> page) {
        return page.items().stream().map(AchievementListItem::id).toList();
    }

    private static Parameters parameters() {
        return new Parameters();
    }

    /** Builds the raw parameters the way a client sends them. */
    private static final class Parameters {
        private String studio, enterprise, alliance, region, level, category, status, year, awardLevel, q, sort,
                page, size;

        Parameters studio(String value) { studio = value; return this; }
        Parameters enterprise(String value) { enterprise = value; return this; }
        Parameters alliance(String value) { alliance = value; return this; }
        Parameters region(String value) { region = value; return this; }
        Parameters level(String value) { level = value; return this; }
        Parameters category(String value) { category = value; return this; }
        Parameters status(String value) { status = value; return this; }
        Parameters year(String value) { year = value; return this; }
        Parameters awardLevel(String value) { awardLevel = value; return this; }
        Parameters q(String value) { q = value; return this; }
        Parameters sort(String value) { sort = value; return this; }
        Parameters page(String value) { page = value; return this; }
        Parameters size(String value) { size = value; return this; }

        AchievementListParameters build() {
            return new AchievementListParameters(studio, enterprise, alliance, region, level, category, status, year,
                                                 awardLevel, q, sort, page, size);
        }
    }
}
