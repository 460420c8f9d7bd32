package org.innovationledger.command.studio;

import org.innovationledger.command.testing.CommandSideOverHttp;
import org.innovationledger.command.testing.CommandSideOverHttp.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
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
 * Confirming a studio's official star over HTTP against the command side as it runs (embedded store in a temporary
 * folder): 201 with the year as entityId, problem details naming the field or the rule for every refusal — with
 * nothing stored when a request is refused.
 */
@ExtendWith(CommandSideOverHttp.class)
class StarRatingHttpTest {

    @Test
    void starRatingsAreDescribedInTheApi() {
        Response description = apiDescription();
        assertThat(description.status()).isEqualTo(200);
        assertThat(description.raw().body()).contains("/api/studios/{studioId}/star-ratings", "星级认定");
    }

    @Test
    void unionConfirmsAYearsStarAndReplacesItWithAReason() {
        String studio = registerStudio();
        String path = "/studios/" + studio + "/star-ratings";

        Response confirmed = post(path, rating(2024, 3, 3, null));
        assertThat(created(confirmed, path + "/")).isEqualTo("2024");
        assertThat(confirmed.header("ETag")).isEqualTo("\"1\"");
        problem(post(path, rating(2024, 4, 4, null)), 400, "STAR_DIFFERS_WITHOUT_REASON");
        problem(post(path, rating(2024, 4, 3, " ")), 400, "STAR_DIFFERS_WITHOUT_REASON");
        Response replaced = send(request(path, rating(2024, 4, 3, "获省级五小成果一等奖，上调一星"))
                .header("If-Match", "\"1\""));
        assertThat(created(replaced, path + "/")).isEqualTo("2024");
        assertThat(replaced.version()).isEqualTo(2);
        assertThat(eventsOf(studio)).isEqualTo(3);
    }

    @Test
    void invalidRequestsNameEveryFieldAndStoreNothing() {
        String studio = registerStudio();
        String path = "/studios/" + studio + "/star-ratings";
        Map<String, Object> rating = rating(2024, 3, 3, null);
        rating.remove("policyId");
        rating.put("policyVersion", 0);
        rating.put("confirmedBy", "");
        rating.remove("computedStars");
        Response invalid = post(path, rating);
        problem(invalid, 400, "VALIDATION_FAILED");
        assertThat(fields(invalid)).containsExactlyInAnyOrder("policyId", "policyVersion", "confirmedBy",
                "computedStars");
        problem(post(path, rating(2024, 6, 3, "评定委员会决定")), 400, "STARS_OUT_OF_RANGE");
        problem(post(path, rating(2024, 3, -1, "评定委员会决定")), 400, "STARS_OUT_OF_RANGE");
        Map<String, Object> typo = rating(2024, 3, 3, null);
        typo.put("star", 3);
        problem(post(path, typo), 400, "MALFORMED_REQUEST");
        assertThat(eventsOf(studio)).isEqualTo(1);
    }

    @Test
    void illegalConfirmationsAreProblemsNamingTheRuleAndStoreNothing() {
        String studio = registerStudio();
        String path = "/studios/" + studio + "/star-ratings";
        int nextYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;

        problem(post("/studios/no-such-studio/star-ratings", rating(2024, 3, 3, null)), 404, "NOT_FOUND");
        problem(post(path, rating(nextYear, 3, 3, null)), 409, "RATING_YEAR_NOT_BEGUN");
        Response stale = send(request(path, rating(2024, 3, 3, null)).header("If-Match", "\"5\""));
        problem(stale, 412, "VERSION_MISMATCH");
        assertThat(stale.json().get("currentVersion").asLong()).isZero();

        post("/studios/" + studio + "/suspension", map("reason", "年度考核不合格", "effectiveOn", "2025-01-10"));
        created(post(path, rating(2024, 1, 1, null)), path + "/");
        post("/studios/" + studio + "/revocation", map("reason", "连续两年未开展活动", "effectiveOn", "2025-06-30"));
        problem(post(path, rating(2023, 1, 1, null)), 409, "STUDIO_REVOKED");
        assertThat(eventsOf(studio)).isEqualTo(4);
    }

    @Test
    void retriedConfirmationIsRecordedOnce() {
        String studio = registerStudio();
        String path = "/studios/" + studio + "/star-ratings";

        Response first = send(request(path, rating(2024, 3, 3, null)).header("Idempotency-Key", "stars-" + studio));
        Response retry = send(request(path, rating(2024, 3, 3, null)).header("Idempotency-Key", "stars-" + studio));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(eventsOf(studio)).isEqualTo(2);
    }

    private static Map<String, Object> rating(int year, int stars, int computedStars, String reason) {
        Map<String, Object> rating = map("year", year, "stars", stars, "computedStars", computedStars,
                "policyId", "default", "policyVersion", 1, "confirmedBy", "吉安市总工会经济技术部");
        if (reason != null) {
            rating.put("reason", reason);
        }
        return rating;
    }

    private static String registerStudio() {
        Response response = post("/studios", map("name", "周建华劳模创新工作室", "kind", "MODEL_WORKER", "level", "COUNTY",
                "hostEnterprise", "明远精密机械有限公司", "regionCode", "360829", "namingUnion", "安福县总工会",
                "leader", map("name", "周建华", "honourTitle", "省级劳动模范"), "foundedOn", "2013-03-15"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
