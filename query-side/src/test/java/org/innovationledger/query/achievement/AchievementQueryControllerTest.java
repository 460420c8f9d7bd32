package org.innovationledger.query.achievement;

import org.innovationledger.query.testsupport.InProcessMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.innovationledger.query.achievement.AchievementExamples.RICH;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The achievement endpoints over HTTP (without the error advice): the JSON shapes and ETags. */
class AchievementQueryControllerTest {

    private static InProcessMongo mongo;
    private static MockMvc http;

    @BeforeAll
    static void startStore() {
        mongo = new InProcessMongo();
        AchievementProjectionFixture fixture = new AchievementProjectionFixture(mongo.database());
        fixture.projections.deliver(AchievementExamples.richTimeline().events());
        http = MockMvcBuilders.standaloneSetup(new AchievementQueryController(fixture.queries)).build();
    }

    @AfterAll
    static void stopStore() {
        mongo.close();
    }

    @Test
    void anAchievementIsAnsweredWithItsVersionAsETagAndMoneyAndSharesAsExactStrings() throws Exception {
        http.perform(get("/api/achievements/" + RICH))
            .andExpect(status().isOk())
            .andExpect(header().string("ETag", "\"22\""))
            .andExpect(jsonPath("$.id").value(RICH))
            .andExpect(jsonPath("$.studio.name").value("李建华劳模创新工作室（采掘）"))
            .andExpect(jsonPath("$.studio.regionCode").value("360802"))
            .andExpect(jsonPath("$.content.category").value("SMALL_INNOVATION"))
            .andExpect(jsonPath("$.content.contributors[1].share").value("33.333"))
            .andExpect(jsonPath("$.content.contributors[0].share").isString())
            .andExpect(jsonPath("$.content.contributors[2].memberId").isEmpty())
            .andExpect(jsonPath("$.status").value("ADOPTED"))
            .andExpect(jsonPath("$.statusSince").value("2025-10-10"))
            .andExpect(jsonPath("$.review[3].action").value("RETURNED"))
            .andExpect(jsonPath("$.review[3].reason").value("完成人排序有误"))
            .andExpect(jsonPath("$.implementation.from").value("2025-04-15"))
            .andExpect(jsonPath("$.awards[1].grade").value("THIRD"))
            .andExpect(jsonPath("$.savingsClaims[0].period").value("2025-Q2"))
            .andExpect(jsonPath("$.savingsClaims[0].amount").value("98000.50"))
            .andExpect(jsonPath("$.savingsClaims[0].corrections[0].previousAmount").value("120000.00"))
            .andExpect(jsonPath("$.savingsClaims[0].verification.verifiedAmount").value("95000.00"))
            .andExpect(jsonPath("$.savingsClaims[0].adjustments[0].amount").value("-1500.50"))
            .andExpect(jsonPath("$.savingsClaims[0].verifiedTotal").value("93999.50"))
            .andExpect(jsonPath("$.savingsClaims[1].rejection.reason").value("与 sc-1 重复计算"))
            .andExpect(jsonPath("$.savings.claimed").value("128000.50"))
            .andExpect(jsonPath("$.savings.verified").value("93999.50"))
            .andExpect(jsonPath("$.savings.pending").value("30000.00"))
            .andExpect(jsonPath("$.savings.verified").isString())
            .andExpect(jsonPath("$.savingsClaims[0].adjustments[0].amount").isString())
            .andExpect(jsonPath("$.version").value(22));
        http.perform(get("/api/achievements/" + RICH).header("If-None-Match", "\"22\""))
            .andExpect(status().isNotModified())
            .andExpect(content().string(""));
    }

    @Test
    void theHistorySaysWhoAndWhen() throws Exception {
        http.perform(get("/api/achievements/" + RICH + "/history"))
            .andExpect(status().isOk())
            .andExpect(header().string("ETag", "\"22\""))
            .andExpect(jsonPath("$.achievementId").value(RICH))
            .andExpect(jsonPath("$.entries[0].step").value("RECORDED"))
            .andExpect(jsonPath("$.entries[0].stepChinese").value("登记成果"))
            .andExpect(jsonPath("$.entries[0].userId").value(AchievementExamples.STUDIO_LEAD))
            .andExpect(jsonPath("$.entries[0].recordedAt").value("2025-03-01T01:01:00Z"))
            .andExpect(jsonPath("$.entries[14].stepEnglish").value("Savings verified"))
            .andExpect(jsonPath("$.entries[14].on").value("2025-08-10"))
            .andExpect(jsonPath("$.entries[14].facts.verifiedAmount").value("95000.00"))
            .andExpect(jsonPath("$.entries[14].correlationId").value("req-15"));
    }
}
