package org.innovationledger.command.rating;

import org.innovationledger.command.testing.CommandSideOverHttp;
import org.innovationledger.command.testing.CommandSideOverHttp.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.command.testing.CommandSideOverHttp.apiDescription;
import static org.innovationledger.command.testing.CommandSideOverHttp.created;
import static org.innovationledger.command.testing.CommandSideOverHttp.eventsOf;
import static org.innovationledger.command.testing.CommandSideOverHttp.fields;
import static org.innovationledger.command.testing.CommandSideOverHttp.map;
import static org.innovationledger.command.testing.CommandSideOverHttp.post;
import static org.innovationledger.command.testing.CommandSideOverHttp.problem;
import static org.innovationledger.command.testing.CommandSideOverHttp.request;
import static org.innovationledger.command.testing.CommandSideOverHttp.send;

/**
 * Rating policies over HTTP against the command side as it runs (embedded store in a temporary folder): issued as
 * version 1, revised as new versions, the default policy issued at start, and problem details naming the field or the
 * rule for every refusal — with nothing stored when a request is refused.
 */
@ExtendWith(CommandSideOverHttp.class)
class RatingPolicyHttpTest {

    @Test
    void ratingPoliciesAreDescribedInTheApi() {
        Response description = apiDescription();
        assertThat(description.status()).isEqualTo(200);
        assertThat(description.raw().body()).contains("Rating policies 星级评定办法", "/api/rating-policies/{policyId}/versions", "VERIFIED_SAVINGS_BAND");
    }

    @Test
    void defaultPolicyIsIssuedAtStart() {
        assertThat(eventsOf("default")).isEqualTo(1);
        Response revised = post("/rating-policies/default/versions", map("rules", rules(2021, "members", "apprentices"),
                "reason", "增加带徒加分", "revisedBy", "全国总工会经济技术部"));
        assertThat(created(revised, "/rating-policies/default/versions/")).isEqualTo("2");
        assertThat(eventsOf("default")).isEqualTo(2);
    }

    @Test
    void unionIssuesPolicyAndRevisesItAsNewVersions() {
        Response issued = post("/rating-policies", policy("jiangxi-2025", rules(2025, "members")));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.json().get("id").asString()).isEqualTo("jiangxi-2025");
        assertThat(issued.header("Location")).endsWith("/api/rating-policies/jiangxi-2025");
        assertThat(issued.header("ETag")).isEqualTo("\"0\"");

        String path = "/rating-policies/jiangxi-2025/versions";
        Map<String, Object> revision = map("rules", rules(2026, "members", "apprentices"), "reason", "增加带徒加分",
                "revisedBy", "省总工会经济技术部");
        Response second = send(request(path, revision).header("If-Match", "\"0\""));
        assertThat(created(second, path + "/")).isEqualTo("2");
        assertThat(second.version()).isEqualTo(1);
        assertThat(second.header("ETag")).isEqualTo("\"1\"");

        Response stale = send(request(path, revision).header("If-Match", "\"0\""));
        problem(stale, 412, "VERSION_MISMATCH");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        problem(post(path, map("rules", rules(2025, "members"), "reason", "回退", "revisedBy", "省总工会经济技术部")),
                409, "POLICY_EFFECTIVE_YEAR_BEFORE_LATEST");
        problem(post("/rating-policies", policy("jiangxi-2025", rules(2025, "members"))), 409, "ALREADY_EXISTS");
        assertThat(eventsOf("jiangxi-2025")).isEqualTo(2);

        Response unnamed = post("/rating-policies", policy(null, rules(2025, "members")));
        assertThat(unnamed.status()).as(unnamed.toString()).isEqualTo(201);
        assertThat(unnamed.json().get("id").asString()).hasSize(36);
    }

    @Test
    void invalidRequestsNameEveryFieldAndStoreNothing() {
        Map<String, Object> policy = policy("anfu-2025", rules(2025, "members"));
        policy.remove("name");
        policy.put("issuer", map("union", " ", "level", "COUNTY", "region", "3608"));
        Map<String, Object> rules = rules(2025, "members");
        ((List<Map<String, Object>>) rules.get("items")).get(0).put("points", "0.125");
        policy.put("rules", rules);
        Response invalid = post("/rating-policies", policy);
        problem(invalid, 400, "VALIDATION_FAILED");
        assertThat(fields(invalid)).containsExactlyInAnyOrder("name", "issuer.union", "issuer.region",
                "rules.items[0].points");

        Map<String, Object> typo = policy("anfu-2025", rules(2025, "members"));
        typo.put("issuedOn", "2025-01-01");
        problem(post("/rating-policies", typo), 400, "MALFORMED_REQUEST");
        Response wrongBasis = post("/rating-policies", policy("anfu-2025", Map.of("effectiveYear", 2025,
                "items", List.of(map("code", "x", "name", "x", "basis", "PATENTS", "points", 1)),
                "starThresholds", List.of(10, 25, 45, 70, 100))));
        problem(wrongBasis, 400, "MALFORMED_REQUEST");
        assertThat(wrongBasis.json().get("errors").get(0).get("field").asString()).isEqualTo("rules.items[0].basis");
        problem(post("/rating-policies/no-such-policy/versions", map("rules", rules(2025, "members"),
                "reason", "修订", "revisedBy", "省总工会")), 404, "NOT_FOUND");
        assertThat(eventsOf("anfu-2025")).isZero();
    }

    @Test
    void policyRulesAreProblemsNamingTheRuleAndStoreNothing() {
        problem(post("/rating-policies", policy("anfu-2025", rules(2025, "members", "members"))), 400,
                "RATING_ITEMS_INVALID");
        Map<String, Object> band = rules(2025, "members");
        band.put("items", List.of(map("code", "savings", "name", "效益", "basis", "VERIFIED_SAVINGS_BAND",
                "minYuan", "500000", "maxYuan", "100000.00", "points", 8)));
        Response bandProblem = problem(post("/rating-policies", policy("anfu-2025", band)), 400,
                "RATING_ITEMS_INVALID");
        assertThat(bandProblem.json().get("detail").asString()).contains("maxYuan");
        Map<String, Object> thresholds = rules(2025, "members");
        thresholds.put("starThresholds", List.of("10", "25", "25.5", "20", "100"));
        problem(post("/rating-policies", policy("anfu-2025", thresholds)), 400, "STAR_THRESHOLDS_INVALID");
        Map<String, Object> county = policy("anfu-2025", rules(2025, "members"));
        county.put("issuer", map("union", "安福县总工会", "level", "COUNTY"));
        problem(post("/rating-policies", county), 400, "RATING_ISSUER_INVALID");
        assertThat(eventsOf("anfu-2025")).isZero();
    }

    private static Map<String, Object> policy(String policyId, Map<String, Object> rules) {
        Map<String, Object> policy = map("name", "江西省职工创新工作室星级评定办法",
                "issuer", map("union", "江西省总工会", "level", "PROVINCIAL", "region", "360000"),
                "rules", rules, "issuedBy", "省总工会经济技术部");
        if (policyId != null) {
            policy.put("policyId", policyId);
        }
        return policy;
    }

    private static Map<String, Object> rules(int effectiveYear, String... codes) {
        List<Map<String, Object>> items = Arrays.stream(codes)
                .map(code -> map("code", code, "name", "评分项 " + code, "basis",
                        code.equals("apprentices") ? "APPRENTICES" : "MEMBERS", "points", "0.5", "cap", 10))
                .toList();
        return map("effectiveYear", effectiveYear, "items", items, "starThresholds", List.of(10, 25, 45, 70, 100));
    }
}
