package org.innovationledger.command.achievement;

import org.innovationledger.command.testing.CommandSideOverHttp;
import org.innovationledger.command.testing.CommandSideOverHttp.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.command.testing.CommandSideOverHttp.apiDescription;
import static org.innovationledger.command.testing.CommandSideOverHttp.created;
import static org.innovationledger.command.testing.CommandSideOverHttp.eventsOf;
import static org.innovationledger.command.testing.CommandSideOverHttp.fields;
import static org.innovationledger.command.testing.CommandSideOverHttp.map;
import static org.innovationledger.command.testing.CommandSideOverHttp.ok;
import static org.innovationledger.command.testing.CommandSideOverHttp.post;
import static org.innovationledger.command.testing.CommandSideOverHttp.problem;
import static org.innovationledger.command.testing.CommandSideOverHttp.put;
import static org.innovationledger.command.testing.CommandSideOverHttp.request;
import static org.innovationledger.command.testing.CommandSideOverHttp.send;

/**
 * Every step of an achievement and its savings ledger over HTTP against the command side as it runs (embedded
 * store in a temporary folder): 201 with a Location for what is created, 200 for each step, problem details naming
 * the field or the rule for every refusal — and nothing stored when a request is refused.
 */
@ExtendWith(CommandSideOverHttp.class)
class AchievementHttpTest {

    @Test
    void achievementWalksEveryStepAndItsSavingsAreClaimedVerifiedAndAdjusted() {
        Response recorded = post("/achievements", map("studioId", registerStudio(), "content", content("60", "40")));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String id = recorded.json().get("id").asString();
        String path = "/achievements/" + id;
        assertThat(recorded.header("Location")).endsWith("/api" + path);
        assertThat(recorded.header("ETag")).isEqualTo("\"0\"");

        ok(put(path + "/content", content("70", "30")));
        ok(post(path + "/submission", map("submittedOn", "2025-03-01")));
        ok(post(path + "/return", map("reviewer", "县总工会经济技术部", "returnedOn", "2025-03-10",
                "reason", "请补充效益测算")));
        ok(put(path + "/content", content("60", "40")));
        ok(post(path + "/submission", map("submittedOn", "2025-03-12")));
        ok(post(path + "/acceptance", map("reviewer", "县总工会经济技术部", "acceptedOn", "2025-03-20",
                "comment", "同意采纳")));
        String award = created(post(path + "/awards", map("level", "COUNTY", "grade", "FIRST",
                "awardingBody", "安福县总工会", "awardedOn", "2025-03-28")), path + "/awards/");
        ok(post(path + "/implementation", map("site", "一号井主运输巷", "implementedFrom", "2025-04-01")));
        ok(post(path + "/recommendations", map("level", "MUNICIPAL", "recommendedTo", "吉安市总工会",
                "recommendedOn", "2025-06-01", "note", "推荐参加市级五小评选")));
        created(post(path + "/adoptions", map("adopter", "赣鄱矿业二号井", "site", "二号井主运输巷",
                "adoptedOn", "2025-06-20")), path + "/adoptions/");

        String claims = path + "/savings-claims/";
        String claim = created(post(path + "/savings-claims", claim("2025-Q2", "30000.00", "2025-07-05")), claims);
        ok(put(claims + claim, map("amount", "32500.50", "method", "按实际停机时间重算", "evidenceRef", "财务凭证 2025-131",
                "correctedOn", "2025-07-10", "reason", "漏计备件费用")));
        ok(post(claims + claim + "/verification", map("verifiedAmount", "28000", "verifiedBy", "县总工会财务部",
                "verifiedOn", "2025-08-01", "note", "按实际凭证核定")));
        created(post(claims + claim + "/adjustments", map("amount", "-1500.00", "adjustedBy", "县总工会财务部",
                "adjustedOn", "2025-12-01", "reason", "年度审计核减")), claims + claim + "/adjustments/");
        String second = created(post(path + "/savings-claims", claim("2025-Q3", "31000", "2025-10-08")), claims);
        Response last = ok(post(claims + second + "/rejection", map("rejectedBy", "县总工会财务部",
                "rejectedOn", "2025-10-20", "reason", "缺少财务凭证")));

        assertThat(last.version()).isEqualTo(16);
        assertThat(eventsOf(id)).isEqualTo(17);
        assertThat(award).isNotBlank();
        problem(put(claims + claim, map("amount", "1", "method", "重算", "correctedOn", "2025-12-02",
                "reason", "再次更正")), 409, "SAVINGS_CLAIM_VERIFIED");
        problem(post(path + "/withdrawal", map("withdrawnOn", "2025-12-02")), 409, "ACHIEVEMENT_ALREADY_ACCEPTED");
        assertThat(eventsOf(id)).isEqualTo(17);
    }

    @Test
    void rejectedOrWithdrawnAchievementAcceptsNothingMore() {
        String studio = registerStudio();
        String rejected = "/achievements/" + record(studio);
        ok(post(rejected + "/submission", map("submittedOn", "2025-03-01")));
        ok(post(rejected + "/rejection", map("reviewer", "县总工会经济技术部", "rejectedOn", "2025-03-05",
                "reason", "与已有成果重复")));
        problem(post(rejected + "/submission", map("submittedOn", "2025-03-06")), 409, "ACHIEVEMENT_CLOSED");

        String withdrawn = "/achievements/" + record(studio);
        ok(post(withdrawn + "/withdrawal", map("withdrawnOn", "2025-03-01", "reason", "方案调整")));
        problem(put(withdrawn + "/content", content("50", "50")), 409, "ACHIEVEMENT_CLOSED");
    }

    @Test
    void invalidRequestsNameEveryFieldAndStoreNothing() {
        String id = record(registerStudio());
        String path = "/achievements/" + id;

        Response claim = post(path + "/savings-claims", map("period", "2025-Q5", "amount", "1.234",
                "method", "对比", "claimedOn", "2025-07-05"));
        problem(claim, 400, "VALIDATION_FAILED");
        assertThat(fields(claim)).containsExactlyInAnyOrder("period", "amount");
        assertThat(claim.json().get("errors").toString()).contains("a year (2025) or a quarter of it (2025-Q3)");

        Map<String, Object> content = content("60", "40");
        content.remove("title");
        content.put("contributors", List.of(map("name", "", "share", "100")));
        Response revision = put(path + "/content", content);
        problem(revision, 400, "VALIDATION_FAILED");
        assertThat(fields(revision)).containsExactlyInAnyOrder("title", "contributors[0].name");

        Response shares = put(path + "/content", content("60", "30"));
        problem(shares, 400, "CONTRIBUTOR_SHARES_INVALID");
        assertThat(shares.json().get("detail").asString()).contains("90");

        problem(post(path + "/submission", map("submittedOn", "2025-02-30")), 400, "MALFORMED_REQUEST");
        problem(post(path + "/return", map("reviewer", "县总工会", "returnedOn", "2025-03-10")), 400,
                "VALIDATION_FAILED");
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void illegalStepsAreProblemsNamingTheRuleAndStoreNothing() {
        String studio = registerStudio();
        String id = record(studio);
        String path = "/achievements/" + id;

        problem(post("/achievements/no-such-achievement/submission", map("submittedOn", "2025-03-01")),
                404, "NOT_FOUND");
        problem(post("/achievements", map("studioId", "no-such-studio", "content", content("60", "40"))),
                404, "NOT_FOUND");
        // an id whose events are an achievement's names no studio: the same 404, not a failure to load
        problem(post("/achievements", map("studioId", id, "content", content("60", "40"))), 404, "NOT_FOUND");
        problem(post(path + "/acceptance", map("reviewer", "县总工会经济技术部", "acceptedOn", "2025-03-20")),
                409, "ACHIEVEMENT_NOT_SUBMITTED");
        problem(post(path + "/savings-claims", claim("2025-Q2", "30000", "2025-07-05")), 409,
                "ACHIEVEMENT_NOT_IMPLEMENTED");
        ok(post(path + "/submission", map("submittedOn", "2025-03-01")));
        problem(post(path + "/acceptance", map("reviewer", "县总工会经济技术部", "acceptedOn", "2025-02-28")),
                409, "STEP_BEFORE_PREVIOUS_STEP");
        assertThat(eventsOf(id)).isEqualTo(2);

        Response stale = send(request(path + "/acceptance", "POST",
                map("reviewer", "县总工会经济技术部", "acceptedOn", "2025-03-20")).header("If-Match", "\"0\""));
        problem(stale, 412, "VERSION_MISMATCH");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(eventsOf(id)).isEqualTo(2);
        ok(send(request(path + "/acceptance", "POST",
                map("reviewer", "县总工会经济技术部", "acceptedOn", "2025-03-20")).header("If-Match", "\"1\"")));
        ok(post(path + "/implementation", map("site", "一号井主运输巷", "implementedFrom", "2025-04-01")));

        String claims = path + "/savings-claims/";
        problem(post(path + "/savings-claims", claim("2025-Q1", "30000", "2025-07-05")), 409,
                "SAVINGS_PERIOD_BEFORE_IMPLEMENTATION");
        String claim = created(post(path + "/savings-claims", claim("2025-Q2", "30000", "2025-07-05")), claims);
        problem(post(path + "/savings-claims", claim("2025", "120000", "2026-01-10")), 409,
                "SAVINGS_PERIOD_OVERLAPS");
        problem(post(claims + "no-such-claim/verification", verification("1000")), 409, "SAVINGS_CLAIM_NOT_FOUND");
        problem(post(claims + claim + "/adjustments", adjustment("100")), 409, "SAVINGS_CLAIM_NOT_VERIFIED");
        problem(post(claims + claim + "/verification", verification("30000.01")), 409,
                "VERIFIED_AMOUNT_EXCEEDS_CLAIM");
        ok(post(claims + claim + "/verification", verification("30000")));
        problem(post(claims + claim + "/adjustments", adjustment("0")), 400, "ADJUSTMENT_ZERO");
        problem(post(claims + claim + "/adjustments", adjustment("-30000.01")), 409, "ADJUSTMENT_BELOW_ZERO");
        assertThat(eventsOf(id)).isEqualTo(6);
    }

    @Test
    void onlyAnActiveStudioRecordsAchievements() {
        String studio = registerStudio();
        ok(post("/studios/" + studio + "/suspension", map("reason", "年度考核不合格", "effectiveOn", "2025-01-10")));

        Response refused = post("/achievements", map("studioId", studio, "content", content("60", "40")));

        problem(refused, 409, "STUDIO_MAY_NOT_RECORD");
        assertThat(refused.json().get("detail").asString()).contains("SUSPENDED");
    }

    @Test
    void retriedAwardIsRecordedOnce() {
        String id = record(registerStudio());
        String path = "/achievements/" + id;
        ok(post(path + "/submission", map("submittedOn", "2025-03-01")));
        ok(post(path + "/acceptance", map("reviewer", "县总工会经济技术部", "acceptedOn", "2025-03-20")));
        Map<String, Object> award = map("level", "COUNTY", "grade", "SECOND", "awardingBody", "安福县总工会",
                "awardedOn", "2025-03-28");

        Response first = send(request(path + "/awards", "POST", award).header("Idempotency-Key", "award-" + id));
        Response retry = send(request(path + "/awards", "POST", award).header("Idempotency-Key", "award-" + id));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("entityId").asString()).isEqualTo(first.json().get("entityId").asString());
        assertThat(eventsOf(id)).isEqualTo(4);
        problem(post(path + "/awards", award), 409, "AWARD_ALREADY_RECORDED");
    }

    @Test
    void achievementsAreDescribedInTheApi() {
        Response description = apiDescription();
        assertThat(description.status()).isEqualTo(200);
        assertThat(description.raw().body()).contains("Achievements 五小成果",
                "/api/achievements/{achievementId}/savings-claims/{claimId}/adjustments", "效益申报", "2025-Q3");
    }

    private static String registerStudio() {
        Response response = post("/studios", map("name", "赵志刚劳模创新工作室", "kind", "MODEL_WORKER", "level", "COUNTY",
                "hostEnterprise", "明远精密机械有限公司", "regionCode", "360829", "namingUnion", "安福县总工会",
                "leader", map("name", "赵志刚", "honourTitle", "省级劳动模范"), "foundedOn", "2013-03-15"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static String record(String studio) {
        Response response = post("/achievements", map("studioId", studio, "content", content("60", "40")));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static Map<String, Object> content(String firstShare, String secondShare) {
        return map("title", "皮带机自动纠偏装置", "category", "SMALL_INNOVATION", "description", "在主运输皮带机上加装自动纠偏辊",
                "problem", "皮带频繁跑偏", "measure", "加装液压纠偏辊", "effect", "停机时间减少 80%",
                "contributors", List.of(map("name", "赵志刚", "memberId", "MY-0001", "share", firstShare),
                        map("name", "孙丽", "share", secondShare)),
                "achievedOn", "2025-02-20");
    }

    private static Map<String, Object> claim(String period, String amount, String claimedOn) {
        return map("period", period, "amount", amount, "method", "维修费与停机损失对比", "evidenceRef", "财务凭证 2025-118",
                "claimedOn", claimedOn);
    }

    private static Map<String, Object> verification(String amount) {
        return map("verifiedAmount", amount, "verifiedBy", "县总工会财务部", "verifiedOn", "2025-08-01");
    }

    private static Map<String, Object> adjustment(String amount) {
        return map("amount", amount, "adjustedBy", "县总工会财务部", "adjustedOn", "2025-12-01", "reason", "年度审计调整");
    }
}
