package org.innovationledger.systemtest;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.innovationledger.api.patent.ApplicationNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.innovationledger.systemtest.Http.map;
import static org.innovationledger.systemtest.StudioFixtures.studio;

/**
 * Patents (专利) across both applications: each step written on the command side, the deadline calendar, the
 * iCalendar feed and the history read on the query side, for patents in several states on one day
 * (2026-11-29).
 */
class PatentIT {

    private static final String ON = "2026-11-29";
    private static final Random SERIALS = new Random();

    private static LedgerProcesses ledger;
    private static String api;

    @BeforeAll
    static void start() {
        ledger = SharedLedger.get();
        api = ledger.commandUrl() + "/api/patents";
    }

    /** A valid application number of a year and type digit, with a random serial and its check character. */
    private static String applicationNumber(int year, char typeDigit) {
        String twelve = year + String.valueOf(typeDigit) + String.format("%07d", SERIALS.nextInt(10_000_000));
        return twelve + "." + ApplicationNumber.checkCharacter(twelve);
    }

    private static Map<String, Object> filing(String studioId, String number, String type, String filedOn) {
        return map("studioId", studioId, "applicationNumber", number, "type", type, "title", "一种皮带机自动纠偏装置",
                   "filedOn", filedOn, "applicants", List.of("赣鄱矿业有限公司"), "inventors", List.of("李建华", "王小明"));
    }

    private static String file(String studioId, String number, String type, String filedOn) {
        Http.Response filed = Http.post(api, filing(studioId, number, type, filedOn));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().get("id").asString();
    }

    private static long step(String patentId, String path, Map<String, Object> body) {
        Http.Response response = Http.post(api + "/" + patentId + path, body);
        assertThat(response.status()).as(path + " " + response).isIn(200, 201);
        return response.json().get("version").asLong();
    }

    private static long payFee(String patentId, int year, String amount, String paidOn) {
        return step(patentId, "/annual-fees", map("patentYear", year, "amount", amount, "paidOn", paidOn));
    }

    @Test
    void theDeadlineCalendarShowsPatentsInEveryStateOverHttpAndAsAFeed() throws Exception {
        String studioId = Http.post(ledger.commandUrl() + "/api/studios", studio("专利期限工作室", "360829", "COUNTY"))
                              .json().get("id").asString();

        // an invention granted in its 4th year; the 5th year's fee falls due on 2026-12-20
        String feeSoon = file(studioId, applicationNumber(2022, '1'), "INVENTION", "2022-12-20");
        step(feeSoon, "/formal-examination", map("passedOn", "2023-02-01"));
        step(feeSoon, "/publication", map("publishedOn", "2024-06-20"));
        step(feeSoon, "/substantive-examination", map("requestedOn", "2024-07-01"));
        step(feeSoon, "/grant", map("announcedOn", "2026-03-01"));
        payFee(feeSoon, 4, "1200.00", "2026-03-01");

        // a utility model whose 6th year's fee was due on 2026-08-15: in its 4th month of grace, 15 % surcharge
        String inGrace = file(studioId, applicationNumber(2021, '2'), "UTILITY_MODEL", "2021-08-15");
        step(inGrace, "/formal-examination", map("passedOn", "2021-10-01"));
        step(inGrace, "/grant", map("announcedOn", "2022-05-01"));
        payFee(inGrace, 1, "600.00", "2022-05-01");
        payFee(inGrace, 2, "600.00", "2022-08-15");
        payFee(inGrace, 3, "600.00", "2023-08-15");
        payFee(inGrace, 4, "900.00", "2024-08-15");
        payFee(inGrace, 5, "900.00", "2025-08-15");

        // a utility model that lapsed for its 6th year's fee; restoration is open until 2026-12-20
        String lapsed = file(studioId, applicationNumber(2020, '2'), "UTILITY_MODEL", "2020-09-10");
        step(lapsed, "/formal-examination", map("passedOn", "2020-11-01"));
        step(lapsed, "/grant", map("announcedOn", "2021-06-01"));
        payFee(lapsed, 1, "600.00", "2021-06-01");
        payFee(lapsed, 2, "600.00", "2021-09-10");
        payFee(lapsed, 3, "600.00", "2022-09-10");
        payFee(lapsed, 4, "900.00", "2023-09-10");
        payFee(lapsed, 5, "900.00", "2024-09-10");
        step(lapsed, "/lapse", map("lapsedOn", "2026-10-20"));

        // a design rejected on 2026-10-15: re-examination may be requested until 2027-01-15
        String rejected = file(studioId, applicationNumber(2025, '3'), "DESIGN", "2025-06-01");
        step(rejected, "/rejection", map("rejectedOn", "2026-10-15", "reason", "与现有设计相近"));

        // a published invention: substantive examination must be requested by 2027-03-01
        String published = file(studioId, applicationNumber(2024, '1'), "INVENTION", "2024-03-01");
        step(published, "/formal-examination", map("passedOn", "2024-05-01"));
        step(published, "/publication", map("publishedOn", "2025-09-01"));

        // a withdrawn application: no deadline at all
        String withdrawn = file(studioId, applicationNumber(2025, '2'), "UTILITY_MODEL", "2025-02-01");
        long lastVersion = step(withdrawn, "/withdrawal", map("withdrawnOn", "2026-01-10", "reason", "技术方案调整"));
        assertThat(Http.get(ledger.queryUrl() + "/api/patents/" + withdrawn + "?minVersion=" + lastVersion).status())
                .isEqualTo(200);

        JsonNode calendar = await().atMost(Duration.ofSeconds(5)).until(
                () -> Http.get(ledger.queryUrl() + "/api/patents/deadlines?studio=" + studioId + "&on=" + ON).json(),
                body -> body.get("total").asInt() == 6);
        assertThat(deadlines(calendar, "OVERDUE")).containsExactly(inGrace + "/ANNUAL_FEE");
        assertThat(deadlines(calendar, "NEXT_30_DAYS"))
                .containsExactlyInAnyOrder(feeSoon + "/ANNUAL_FEE", lapsed + "/RESTORATION_REQUEST");
        assertThat(deadlines(calendar, "NEXT_90_DAYS")).containsExactly(rejected + "/REEXAMINATION_REQUEST");
        // the next year's fee of the patent in grace (due 2027-08-15) is within the year too
        assertThat(deadlines(calendar, "NEXT_365_DAYS"))
                .containsExactly(published + "/SUBSTANTIVE_EXAMINATION_REQUEST", inGrace + "/ANNUAL_FEE");

        JsonNode graceFee = group(calendar, "OVERDUE").get(0);
        assertThat(graceFee.get("standing").asString()).isEqualTo("IN_GRACE");
        assertThat(graceFee.get("dueOn").asString()).isEqualTo("2026-08-15");
        assertThat(graceFee.get("annualFee").get("patentYear").asInt()).isEqualTo(6);
        assertThat(graceFee.get("annualFee").get("fee").asString()).isEqualTo("1200.00");
        assertThat(graceFee.get("annualFee").get("graceMonthToday").asInt()).isEqualTo(4);
        assertThat(graceFee.get("annualFee").get("amountDueToday").get("total").asString()).isEqualTo("1380.00");
        assertThat(graceFee.get("annualFee").get("graceMonths")).hasSize(6);
        JsonNode soon = group(calendar, "NEXT_30_DAYS").get(0);
        assertThat(soon.get("dueOn").asString()).isEqualTo("2026-12-20");
        assertThat(soon.get("annualFee").get("fee").asString()).isEqualTo("1200.00");
        assertThat(soon.get("daysLeft").asInt()).isEqualTo(21);

        Calendar feed = new CalendarBuilder().build(new StringReader(
                Http.get(ledger.queryUrl() + "/api/patents/calendar.ics?studio=" + studioId + "&on=" + ON)
                    .raw().body()));
        List<VEvent> events = feed.getComponents(Component.VEVENT);
        assertThat(events).hasSize(6);
        assertThat(events).extracting(e -> e.<Property>getProperty(Property.UID).orElseThrow().getValue())
                          .doesNotHaveDuplicates()
                          .contains(inGrace + "/ANNUAL_FEE/6@innovation-ledger");

        // paying with the surcharge of the day settles it; the wrong amount is refused and changes nothing
        Http.Response wrong = Http.post(api + "/" + inGrace + "/annual-fees",
                                        map("patentYear", 6, "amount", "1200.00", "paidOn", ON));
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(409);
        assertThat(wrong.json().get("code").asString()).isEqualTo("ANNUAL_FEE_AMOUNT_INCORRECT");
        long paid = payFee(inGrace, 6, "1380.00", ON);
        Http.get(ledger.queryUrl() + "/api/patents/" + inGrace + "?minVersion=" + paid);
        JsonNode after = Http.get(ledger.queryUrl() + "/api/patents/deadlines?studio=" + studioId + "&on=" + ON).json();
        assertThat(deadlines(after, "OVERDUE")).isEmpty();
        assertThat(after.get("total").asInt()).isEqualTo(5);

        JsonNode history = Http.get(ledger.queryUrl() + "/api/patents/" + inGrace + "/history").json();
        assertThat(history.get("entries")).hasSize(9);
        assertThat(history.get("entries").get(0).get("userId").asString()).isEqualTo("anonymous");
        assertThat(history.get("entries").get(8).get("eventType").asString()).isEqualTo("AnnualFeePaid");
    }

    @Test
    void everyIllegalPatentStepAnswersWithAProblem() {
        String studioId = Http.post(ledger.commandUrl() + "/api/studios", studio("专利错误工作室")).json()
                              .get("id").asString();
        String valid = applicationNumber(2024, '2');
        String badCheck = valid.substring(0, 13) + (valid.charAt(13) == '1' ? '2' : '1');

        Http.Response wrongCheck = Http.post(api, filing(studioId, badCheck, "UTILITY_MODEL", "2024-04-01"));
        assertThat(wrongCheck.status()).isEqualTo(400);
        assertThat(wrongCheck.json().get("errors").get(0).get("field").asString()).isEqualTo("applicationNumber");
        assertThat(Http.post(api, filing(studioId, valid, "INVENTION", "2024-04-01")).json().get("code").asString())
                .isEqualTo("APPLICATION_NUMBER_TYPE_MISMATCH");

        String patentId = file(studioId, valid, "UTILITY_MODEL", "2024-04-01");
        assertThat(Http.post(api, filing(studioId, valid, "UTILITY_MODEL", "2024-04-01")).json().get("code")
                       .asString()).isEqualTo("ALREADY_EXISTS");
        assertThat(Http.post(api + "/" + patentId + "/publication", map("publishedOn", "2024-10-01")).json()
                       .get("code").asString()).isEqualTo("NOT_AN_INVENTION");
        assertThat(Http.post(api + "/" + patentId + "/annual-fees",
                             map("patentYear", 1, "amount", "600.00", "paidOn", "2024-10-01"))
                       .json().get("code").asString()).isEqualTo("PATENT_NOT_GRANTED");
        step(patentId, "/formal-examination", map("passedOn", "2024-06-01"));
        long granted = step(patentId, "/grant", map("announcedOn", "2024-09-01"));
        payFee(patentId, 1, "600.00", "2024-09-01");
        Http.Response twice = Http.post(api + "/" + patentId + "/annual-fees",
                                        map("patentYear", 1, "amount", "600.00", "paidOn", "2024-09-02"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("ANNUAL_FEE_ALREADY_PAID");
        Http.Response stale = Http.post(api + "/" + patentId + "/annual-fees",
                                        map("patentYear", 2, "amount", "600.00", "paidOn", "2025-04-01"),
                                        "If-Match", "\"" + granted + "\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(Http.post(api + "/no-such-patent/grant", map("announcedOn", "2024-09-01")).status())
                .isEqualTo(404);
        assertThat(StoreProbe.eventsOf(ledger, patentId)).isEqualTo(granted + 2);

        String invention = file(studioId, applicationNumber(2021, '1'), "INVENTION", "2021-01-05");
        step(invention, "/formal-examination", map("passedOn", "2021-03-01"));
        step(invention, "/publication", map("publishedOn", "2022-07-05"));
        Http.Response late = Http.post(api + "/" + invention + "/substantive-examination",
                                       map("requestedOn", "2024-01-06"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("code").asString()).isEqualTo("SUBSTANTIVE_EXAMINATION_PERIOD_ENDED");
    }

    private static JsonNode group(JsonNode calendar, String name) {
        for (JsonNode group : calendar.get("groups")) {
            if (group.get("group").asString().equals(name)) {
                return group.get("deadlines");
            }
        }
        throw new AssertionError("No group " + name + " in " + calendar);
    }

    private static List<String> deadlines(JsonNode calendar, String group) {
        List<String> ids = new ArrayList<>();
        group(calendar, group).forEach(d -> ids.add(d.get("patentId").asString() + "/" + d.get("kind").asString()));
        return ids;
    }
}
