package org.innovationledger.command.station;

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
import static org.innovationledger.command.testing.CommandSideOverHttp.request;
import static org.innovationledger.command.testing.CommandSideOverHttp.send;

/**
 * Service stations over HTTP against the command side as it runs (embedded store in a temporary folder): a station
 * admits accepted achievements and patents that have not ended, records milestones and graduations, and answers
 * problem details naming the field or the rule for every refusal — with nothing stored when a request is refused.
 */
@ExtendWith(CommandSideOverHttp.class)
class StationHttpTest {

    @Test
    void stationsAreDescribedInTheApi() {
        Response description = apiDescription();
        assertThat(description.status()).isEqualTo(200);
        assertThat(description.raw().body()).contains("Service stations 职工创新创业服务站", "/api/stations/{stationId}/incubations/{incubationId}/graduation", "COMMERCIALISED");
    }

    @Test
    void stationIncubatesAcceptedAchievementAndPendingPatentUntilTheyGraduate() {
        Response registered = post("/stations", station());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String station = registered.json().get("id").asString();
        String path = "/stations/" + station;
        assertThat(registered.header("Location")).endsWith("/api" + path);
        assertThat(registered.header("ETag")).isEqualTo("\"0\"");

        String studio = registerStudio();
        String achievement = acceptedAchievement(studio);
        String incubation = created(post(path + "/incubations", admission("ACHIEVEMENT", achievement, "2025-04-01")),
                path + "/incubations/");
        String incubations = path + "/incubations/";
        ok(post(incubations + incubation + "/milestones", map("milestone", "样机试制完成", "reachedOn", "2025-06-15")));
        Response graduated = ok(send(request(incubations + incubation + "/graduation", map("outcome", "COMMERCIALISED",
                "graduatedOn", "2025-12-20", "note", "与县内企业签订转化协议")).header("If-Match", "\"2\"")));
        assertThat(graduated.version()).isEqualTo(3);

        Response patent = post("/patents", map("studioId", studio, "applicationNumber", "201710601863.8",
                "type", "INVENTION", "title", "一种数控车床主轴箱降噪装置", "filedOn", "2017-07-20",
                "applicants", List.of("明远精密机械有限公司"), "inventors", List.of("周建华")));
        assertThat(patent.status()).as(patent.toString()).isEqualTo(201);
        created(post(path + "/incubations", admission("PATENT", patent.json().get("id").asString(), "2025-04-02")),
                path + "/incubations/");
        created(post(path + "/incubations", admission("ACHIEVEMENT", achievement, "2026-01-05")),
                path + "/incubations/");
        assertThat(eventsOf(station)).isEqualTo(6);
    }

    @Test
    void invalidRequestsNameEveryFieldAndStoreNothing() {
        Map<String, Object> station = station();
        station.remove("name");
        station.put("region", "3608");
        station.put("hostUnion", " ");
        Response invalid = post("/stations", station);
        problem(invalid, 400, "VALIDATION_FAILED");
        assertThat(fields(invalid)).containsExactlyInAnyOrder("name", "region", "hostUnion");

        String path = "/stations/" + register();
        Response subject = post(path + "/incubations", map("subject", map("kind", "ACHIEVEMENT"), "admittedOn", "2025-04-01"));
        problem(subject, 400, "VALIDATION_FAILED");
        assertThat(fields(subject)).containsExactly("subject.id");
        problem(post(path + "/incubations", map("subject", map("kind", "IDEA", "id", "x"), "admittedOn", "2025-04-01")),
                400, "MALFORMED_REQUEST");
        problem(post(path + "/incubations/x/graduation", map("outcome", "SOLD", "graduatedOn", "2025-04-01")), 400,
                "MALFORMED_REQUEST");
        Response milestone = post(path + "/incubations/x/milestones", map("reachedOn", "2025-04-01"));
        problem(milestone, 400, "VALIDATION_FAILED");
        assertThat(fields(milestone)).containsExactly("milestone");
        assertThat(eventsOf(path.substring("/stations/".length()))).isEqualTo(1);
    }

    @Test
    void illegalStepsAreProblemsNamingTheRuleAndStoreNothing() {
        String station = register();
        String path = "/stations/" + station;
        String studio = registerStudio();
        String draft = recordAchievement(studio);

        problem(post("/stations/no-such-station/incubations", admission("ACHIEVEMENT", draft, "2025-04-01")), 404,
                "NOT_FOUND");
        problem(post(path + "/incubations", admission("ACHIEVEMENT", "no-such-achievement", "2025-04-01")), 409,
                "SUBJECT_NOT_FOUND");
        problem(post(path + "/incubations", admission("PATENT", studio, "2025-04-01")), 409, "SUBJECT_NOT_FOUND");
        Response notAccepted = problem(post(path + "/incubations", admission("ACHIEVEMENT", draft, "2025-04-01")),
                409, "SUBJECT_NOT_INCUBATABLE");
        assertThat(notAccepted.json().get("detail").asString()).contains("DRAFT");
        String accepted = acceptedAchievement(studio);
        problem(post(path + "/incubations", admission("ACHIEVEMENT", accepted, "2024-02-29")), 409,
                "DATE_BEFORE_ADMISSION");
        String incubation = created(post(path + "/incubations", admission("ACHIEVEMENT", accepted, "2025-04-01")),
                path + "/incubations/");
        problem(post(path + "/incubations", admission("ACHIEVEMENT", accepted, "2025-05-01")), 409,
                "SUBJECT_ALREADY_INCUBATED");
        String incubations = path + "/incubations/";
        problem(post(incubations + "no-such-incubation/milestones", map("milestone", "样机", "reachedOn", "2025-06-15")),
                409, "INCUBATION_NOT_FOUND");
        problem(post(incubations + incubation + "/milestones", map("milestone", "样机", "reachedOn", "2025-03-31")),
                409, "DATE_BEFORE_ADMISSION");
        Response stale = send(request(incubations + incubation + "/milestones",
                map("milestone", "样机", "reachedOn", "2025-06-15")).header("If-Match", "\"0\""));
        problem(stale, 412, "VERSION_MISMATCH");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        ok(post(incubations + incubation + "/graduation", map("outcome", "ABANDONED", "graduatedOn", "2025-09-01",
                "note", "市场需求不足")));
        problem(post(incubations + incubation + "/graduation", map("outcome", "ADOPTED", "graduatedOn", "2025-10-01")),
                409, "INCUBATION_GRADUATED");
        assertThat(eventsOf(station)).isEqualTo(3);
    }

    @Test
    void retriedAdmissionIsRecordedOnce() {
        String station = register();
        String path = "/stations/" + station;
        Map<String, Object> admission = admission("ACHIEVEMENT", acceptedAchievement(registerStudio()), "2025-04-01");

        Response first = send(request(path + "/incubations", admission).header("Idempotency-Key", "admit-" + station));
        Response retry = send(request(path + "/incubations", admission).header("Idempotency-Key", "admit-" + station));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("entityId").asString()).isEqualTo(first.json().get("entityId").asString());
        assertThat(eventsOf(station)).isEqualTo(2);
    }

    private static Map<String, Object> station() {
        return map("name", "安福县职工创新创业服务站", "region", "360829", "hostUnion", "安福县总工会",
                "partners", List.of("安福县科技局", "井冈山大学"), "registeredOn", "2024-03-01");
    }

    private static String register() {
        Response response = post("/stations", station());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static Map<String, Object> admission(String kind, String id, String admittedOn) {
        return map("subject", map("kind", kind, "id", id), "admittedOn", admittedOn, "note", "入驻中试车间");
    }

    private static String registerStudio() {
        Response response = post("/studios", map("name", "赵志刚劳模创新工作室", "kind", "MODEL_WORKER", "level", "COUNTY",
                "hostEnterprise", "明远精密机械有限公司", "regionCode", "360829", "namingUnion", "安福县总工会",
                "leader", map("name", "赵志刚", "honourTitle", "省级劳动模范"), "foundedOn", "2013-03-15"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static String recordAchievement(String studio) {
        Response response = post("/achievements", map("studioId", studio, "content", map("title", "皮带机自动纠偏装置",
                "category", "SMALL_INNOVATION", "description", "在主运输皮带机上加装自动纠偏辊",
                "contributors", List.of(map("name", "赵志刚", "share", "100")), "achievedOn", "2025-02-20")));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static String acceptedAchievement(String studio) {
        String achievement = recordAchievement(studio);
        ok(post("/achievements/" + achievement + "/submission", map("submittedOn", "2025-03-01")));
        ok(post("/achievements/" + achievement + "/acceptance", map("reviewer", "县总工会经济技术部",
                "acceptedOn", "2025-03-20")));
        return achievement;
    }
}
