package org.innovationledger.command.patent;

import org.innovationledger.api.patent.ApplicationNumber;
import org.innovationledger.command.testing.CommandSideOverHttp;
import org.innovationledger.command.testing.CommandSideOverHttp.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.command.testing.CommandSideOverHttp.apiDescription;
import static org.innovationledger.command.testing.CommandSideOverHttp.map;
import static org.innovationledger.command.testing.CommandSideOverHttp.ok;
import static org.innovationledger.command.testing.CommandSideOverHttp.post;
import static org.innovationledger.command.testing.CommandSideOverHttp.problem;

/**
 * Every step of a patent's path over HTTP against the command side as it runs (embedded store in a temporary
 * folder): 201 with a Location for what is created, 200 for each step, problem details naming the rule for
 * every illegal step.
 */
@ExtendWith(CommandSideOverHttp.class)
class PatentHttpTest {

    @Test
    void inventionWalksItsWholePath() {
        String studio = registerStudio();
        Response filed = post("/patents", filing(studio, "201710601862.3", "INVENTION", "2017-07-20"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String patent = filed.json().get("id").asString();
        assertThat(patent).isEqualTo(PatentController.patentIdOf(new ApplicationNumber("201710601862.3")));
        assertThat(filed.header("Location")).endsWith("/api/patents/" + patent);
        String path = "/patents/" + patent;

        ok(path + "/corrections", map("requestedOn", "2017-08-25", "responseDueOn", "2017-10-25", "defects", "附图不清晰"));
        ok(path + "/formal-examination", map("passedOn", "2017-10-20"));
        ok(path + "/publication", map("publishedOn", "2018-01-19", "publicationNumber", "CN107444867A"));
        ok(path + "/substantive-examination", map("requestedOn", "2018-02-01"));
        Response action = post(path + "/office-actions",
                map("issuedOn", "2018-11-02", "responseDueOn", "2019-03-02", "summary", "权利要求1不具备创造性"));
        assertThat(action.status()).as(action.toString()).isEqualTo(201);
        String actionId = action.json().get("entityId").asString();
        assertThat(action.header("Location")).endsWith(path + "/office-actions/" + actionId);
        ok(path + "/office-actions/" + actionId + "/answer", map("answeredOn", "2019-02-20", "summary", "修改权利要求"));
        ok(path + "/grant", map("announcedOn", "2020-09-25"));

        Response fee = post(path + "/annual-fees", map("patentYear", 4, "amount", "1200.00", "paidOn", "2020-08-03"));
        assertThat(fee.status()).as(fee.toString()).isEqualTo(201);
        assertThat(fee.header("Location")).endsWith(path + "/annual-fees/4");
        assertThat(post(path + "/annual-fees", map("patentYear", 5, "amount", "1260", "paidOn", "2021-08-21"))
                           .status()).isEqualTo(201);
        Response licence = post(path + "/licences", map("licensee", "吉安恒通机械有限公司", "kind", "ORDINARY",
                "startsOn", "2021-01-01", "endsOn", "2025-12-31", "fee", "150000.00"));
        assertThat(licence.status()).as(licence.toString()).isEqualTo(201);
        assertThat(licence.header("Location"))
                .endsWith(path + "/licences/" + licence.json().get("entityId").asString());
        ok(path + "/transfers", map("newOwners", List.of("赣鄱矿业集团有限公司"), "transferredOn", "2021-03-01"));
        ok(path + "/invalidations", map("extent", "PARTLY", "invalidatedClaims", List.of(2), "decidedOn",
                "2021-05-06", "reason", "权利要求2不具备新颖性"));
        ok(path + "/lapse", map("lapsedOn", "2023-02-15"));
        Response restored = ok(path + "/restoration", map("restoredOn", "2023-04-01", "amount", "1500.00",
                "reason", "财务人员变动，漏缴年费"));
        assertThat(restored.json().get("version").asLong()).isEqualTo(15);
        ok(path + "/expiry", map("recordedOn", "2037-07-20"));

        problem(post(path + "/annual-fees", map("patentYear", 7, "amount", "2000", "paidOn", "2037-07-21")),
                409, "PATENT_CLOSED");
    }

    @Test
    void rejectedUtilityModelIsReexaminedAndGranted() {
        String path = "/patents/" + file(registerStudio(), "202220345678.3", "UTILITY_MODEL", "2022-03-15");

        ok(path + "/rejection", map("rejectedOn", "2022-05-31", "reason", "不属于实用新型保护客体"));
        problem(post(path + "/grant", map("announcedOn", "2022-06-01")), 409, "APPLICATION_REJECTED");
        ok(path + "/reexamination", map("requestedOn", "2022-06-10"));
        ok(path + "/reexamination/decision", map("outcome", "OVERTURNED", "decidedOn", "2022-10-01", "reason", "撤销"));
        ok(path + "/formal-examination", map("passedOn", "2022-10-20"));
        ok(path + "/grant", map("announcedOn", "2022-12-02"));
        problem(post(path + "/publication", map("publishedOn", "2022-12-09")), 409, "PATENT_ALREADY_GRANTED");
    }

    @Test
    void withdrawnApplicationAcceptsNothingMore() {
        String path = "/patents/" + file(registerStudio(), "202130111111.0", "DESIGN", "2021-06-01");

        ok(path + "/withdrawal", map("withdrawnOn", "2021-07-01", "reason", "设计方案调整"));
        problem(post(path + "/formal-examination", map("passedOn", "2021-07-02")), 409, "PATENT_CLOSED");
    }

    @Test
    void everyIllegalStepAnswersWithTheRuleItBreaks() {
        String studio = registerStudio();
        String path = "/patents/" + file(studio, "201910234567.8", "INVENTION", "2019-03-01");

        problem(post(path + "/substantive-examination", map("requestedOn", "2019-04-01")), 409, "NOT_PUBLISHED");
        problem(post(path + "/grant", map("announcedOn", "2019-04-01")), 409, "SUBSTANTIVE_EXAMINATION_NOT_REQUESTED");
        problem(post(path + "/annual-fees", map("patentYear", 1, "amount", "900", "paidOn", "2019-04-01")),
                409, "PATENT_NOT_GRANTED");
        problem(post(path + "/formal-examination", map("passedOn", "2019-02-28")), 409, "DATE_BEFORE_FILING");
        ok(path + "/formal-examination", map("passedOn", "2019-05-01"));
        ok(path + "/publication", map("publishedOn", "2020-09-04"));
        problem(post(path + "/substantive-examination", map("requestedOn", "2022-03-02")),
                409, "SUBSTANTIVE_EXAMINATION_PERIOD_ENDED");
        ok(path + "/deemed-withdrawal", map("deemedOn", "2022-04-01", "reason", "未在期限内提出实质审查请求"));

        String utilityModel = "/patents/" + file(studio, "202020234567.6", "UTILITY_MODEL", "2020-02-29");
        problem(post(utilityModel + "/publication", map("publishedOn", "2020-06-01")), 409, "NOT_AN_INVENTION");
        ok(utilityModel + "/formal-examination", map("passedOn", "2020-06-01"));
        ok(utilityModel + "/grant", map("announcedOn", "2020-10-15"));
        problem(post(utilityModel + "/annual-fees", map("patentYear", 1, "amount", "660", "paidOn", "2020-10-15")),
                409, "ANNUAL_FEE_AMOUNT_INCORRECT");
    }

    @Test
    void filingErrorsAreProblems() {
        String studio = registerStudio();

        Response wrongCheck = post("/patents", filing(studio, "201410178947.7", "INVENTION", "2014-05-04"));
        problem(wrongCheck, 400, "VALIDATION_FAILED");
        assertThat(wrongCheck.json().get("errors").get(0).get("field").asString()).isEqualTo("applicationNumber");
        assertThat(wrongCheck.json().get("errors").get(0).get("message").asString()).contains("must be 1");

        problem(post("/patents", filing(studio, "201410178947.1", "DESIGN", "2014-05-04")), 400,
                "APPLICATION_NUMBER_TYPE_MISMATCH");
        problem(post("/patents", filing(studio, "201410178947.1", "PLANT_VARIETY", "2014-05-04")), 400,
                "MALFORMED_REQUEST");
        problem(post("/patents", filing("no-such-studio", "201410178947.1", "INVENTION", "2014-05-04")), 404,
                "NOT_FOUND");

        file(studio, "201410178947.1", "INVENTION", "2014-05-04");
        problem(post("/patents", filing(studio, "201410178947.1", "INVENTION", "2014-05-04")), 409,
                "ALREADY_EXISTS");
        problem(post("/patents/no-such-patent/grant", map("announcedOn", "2020-01-02")), 404, "NOT_FOUND");

        String revoked = registerStudio();
        ok("/studios/" + revoked + "/revocation", map("reason", "连续两年未开展活动", "effectiveOn", "2024-06-30"));
        problem(post("/patents", filing(revoked, "202430222222.2", "DESIGN", "2024-03-01")), 409, "STUDIO_REVOKED");
    }

    @Test
    void patentsAreDescribedInTheApi() {
        Response description = apiDescription();
        assertThat(description.status()).isEqualTo(200);
        assertThat(description.raw().body()).contains("Patents 专利", "/api/patents/{patentId}/annual-fees",
                                                       "缴纳年费");
    }

    private static String registerStudio() {
        Response response = post("/studios", map("name", "周建华劳模创新工作室", "kind", "MODEL_WORKER", "level", "COUNTY",
                "hostEnterprise", "明远精密机械有限公司", "regionCode", "360829", "namingUnion", "安福县总工会",
                "leader", map("name", "周建华", "honourTitle", "省级劳动模范"), "foundedOn", "2013-03-15"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static Map<String, Object> filing(String studio, String number, String type, String filedOn) {
        return map("studioId", studio, "applicationNumber", number, "type", type, "title", "一种数控车床主轴箱降噪装置",
                "filedOn", filedOn, "applicants", List.of("明远精密机械有限公司"), "inventors", List.of("周建华", "刘晓燕"),
                "achievementIds", List.of("achievement-3"));
    }

    private static String file(String studio, String number, String type, String filedOn) {
        Response response = post("/patents", filing(studio, number, type, filedOn));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
