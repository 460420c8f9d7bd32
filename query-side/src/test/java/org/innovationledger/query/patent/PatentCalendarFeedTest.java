package org.innovationledger.query.patent;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.innovationledger.query.web.InvalidQueryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.innovationledger.query.patent.PatentPortfolio.*;

/** The deadline feed as a calendar application reads it: parsed by ical4j. */
class PatentCalendarFeedTest {

    private static final Instant NOW = Instant.parse("2025-06-01T02:00:00Z");

    private static InProcessMongo mongo;
    private static PatentQueries queries;

    @BeforeAll
    static void projectPortfolio() {
        mongo = new InProcessMongo();
        PatentProjectionFixture fixture = new PatentProjectionFixture(mongo.database());
        fixture.projections.deliver(PatentPortfolio.timeline().events());
        queries = fixture.queries(NOW);
    }

    @AfterAll
    static void stopStore() {
        mongo.close();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    private static String value(PropertyContainer container, String property) {
        return container.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    /** The events by UID, each as its start date. */
    private static Map<String, LocalDate> startByUid(Calendar calendar) {
        Map<String, LocalDate> starts = new LinkedHashMap<>();
        for (VEvent event : events(calendar)) {
            LocalDate start = (LocalDate) event.getStartDate().orElseThrow().getDate();
            starts.put(value(event, Property.UID), start);
        }
        return starts;
    }

    @Test
    void aRegionsFeedParsesWithOneAllDayEventPerDeadlineStillToMeet() throws Exception {
        Calendar calendar = parse(queries.calendarFeed(null, null, "36", null));

        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("专利期限 · 地区 36");
        assertThat(startByUid(calendar)).containsExactly(
                Map.entry("p-in-grace/ANNUAL_FEE/11@innovation-ledger", LocalDate.of(2025, 9, 20)),
                Map.entry("p-fee-soon/ANNUAL_FEE/5@innovation-ledger", LocalDate.of(2025, 6, 11)),
                Map.entry("p-lapsed/RESTORATION_REQUEST/5@innovation-ledger", LocalDate.of(2025, 6, 15)),
                Map.entry("p-correction/CORRECTION_RESPONSE/2025-04-20@innovation-ledger", LocalDate.of(2025, 6, 20)),
                Map.entry("p-office-action/OFFICE_ACTION_RESPONSE/oa-2@innovation-ledger", LocalDate.of(2025, 6, 25)),
                Map.entry("p-expiring/EXPIRY@innovation-ledger", LocalDate.of(2025, 6, 30)),
                Map.entry("p-rejected/REEXAMINATION_REQUEST/2025-04-10@innovation-ledger", LocalDate.of(2025, 7, 10)),
                Map.entry("p-published/SUBSTANTIVE_EXAMINATION_REQUEST@innovation-ledger", LocalDate.of(2025, 8, 15)),
                Map.entry("p-in-grace/ANNUAL_FEE/12@innovation-ledger", LocalDate.of(2026, 3, 20)));
        assertThat(startByUid(calendar)).as("a lost fee is no event").doesNotContainKey(
                "p-grace-lost/ANNUAL_FEE/3@innovation-ledger");
        for (VEvent event : events(calendar)) {
            LocalDate start = (LocalDate) event.getStartDate().orElseThrow().getDate();
            assertThat(event.getEndDate().orElseThrow().getDate()).isEqualTo(start.plusDays(1));
            assertThat(value(event, Property.DTSTAMP)).isEqualTo("20250601T020000Z");
        }
        calendar.validate();
    }

    @Test
    void theSummaryIsChineseTheDescriptionEnglishAndFeesAlarmAWeekBefore() throws Exception {
        Calendar calendar = parse(queries.calendarFeed(ANFU, null, null, ON.toString()));
        VEvent fee = event(calendar, "p-fee-soon/ANNUAL_FEE/5@innovation-ledger");
        VEvent inGrace = event(calendar, "p-in-grace/ANNUAL_FEE/11@innovation-ledger");
        VEvent expiry = event(calendar, "p-expiring/EXPIRY@innovation-ledger");

        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("专利期限 · " + ANFU_NAME);
        assertThat(value(fee, Property.SUMMARY)).isEqualTo("【年费】缴纳第5年度年费900.00元：一种矿用提升机制动闸瓦（ZL"
                + FEE_SOON.applicationNumber() + "）");
        assertThat(value(fee, Property.DESCRIPTION))
                .startsWith("Pay the annual fee for patent year 5: 900.00 yuan: 一种矿用提升机制动闸瓦")
                .contains("\nMonth 2 of grace, 2025-07-12 to 2025-08-11: 945.00 yuan (fee 900.00 + 5 % surcharge 45.00)")
                .contains("\nMonth 6 of grace, 2025-11-12 to 2025-12-11: 1125.00 yuan")
                .contains("Studio: " + ANFU_NAME);
        assertThat(value(fee, Property.SEQUENCE)).isEqualTo("0");
        assertThat(fee.getAlarms()).hasSize(1);
        VAlarm alarm = fee.getAlarms().get(0);
        assertThat(value(alarm, Property.ACTION)).isEqualTo("DISPLAY");
        assertThat(alarm.getTrigger().orElseThrow().getDuration()).isIn(Period.ofDays(-7), Duration.ofDays(-7));

        assertThat(value(inGrace, Property.SEQUENCE)).as("moved to the end of grace").isEqualTo("1");
        assertThat(value(inGrace, Property.DESCRIPTION)).contains("due on 2025-03-20; in grace until 2025-09-20",
                                                                  "to pay now: 4400.00 yuan");
        assertThat(inGrace.getAlarms()).hasSize(1);
        assertThat(expiry.getAlarms()).as("only fees alarm").isEmpty();
        assertThat(value(expiry, Property.SUMMARY)).startsWith("【期限届满】专利权期限届满");
    }

    @Test
    void uidsStayTheSameFromDayToDaySoSubscribersUpdateRatherThanDuplicate() throws Exception {
        Map<String, LocalDate> early = startByUid(parse(queries.calendarFeed(null, null, "36", "2025-03-01")));
        Map<String, LocalDate> later = startByUid(parse(queries.calendarFeed(null, null, "36", "2025-06-01")));

        assertThat(early).containsEntry("p-in-grace/ANNUAL_FEE/11@innovation-ledger", LocalDate.of(2025, 3, 20));
        assertThat(later).containsEntry("p-in-grace/ANNUAL_FEE/11@innovation-ledger", LocalDate.of(2025, 9, 20));
        assertThat(early.keySet()).contains("p-fee-soon/ANNUAL_FEE/5@innovation-ledger",
                                            "p-expiring/EXPIRY@innovation-ledger");
    }

    @Test
    void theTextIsFoldedEscapedAndEndsLinesWithCrLf() {
        String ics = queries.calendarFeed(null, null, "36", ON.toString());

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(Arrays.stream(ics.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics).contains("\r\n ").as("long Chinese summaries are folded");
        assertThat(ics.replace("\r\n ", "")).contains("\\n", "\\,");
    }

    @Test
    void aFeedNeedsAStudioOrARegion() {
        InvalidQueryException error = catchThrowableOfType(InvalidQueryException.class,
                () -> queries.calendarFeed(null, null, null, null));

        assertThat(error.parameter()).isEqualTo("studio");
        assertThat(catchThrowableOfType(InvalidQueryException.class,
                () -> queries.calendarFeed(null, null, "4", null)).parameter()).isEqualTo("region");
    }

    private static VEvent event(Calendar calendar, String uid) {
        return events(calendar).stream().filter(event -> uid.equals(value(event, Property.UID))).findFirst()
                               .orElseThrow(() -> new AssertionError("no event " + uid));
    }
}
