package org.innovationledger.query.patent;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The patent endpoints over HTTP (without the error advice): JSON shapes, ETags, the iCalendar feed. */
class PatentQueryControllerTest {

    private static InProcessMongo mongo;
    private static MockMvc http;

    @BeforeAll
    static void startStore() {
        mongo = new InProcessMongo();
        PatentProjectionFixture fixture = new PatentProjectionFixture(mongo.database());
        fixture.projections.deliver(PatentPortfolio.timeline().events());
        http = MockMvcBuilders.standaloneSetup(new PatentQueryController(
                fixture.queries(Instant.parse("2025-06-01T02:00:00Z")))).build();
    }

    @AfterAll
    static void stopStore() {
        mongo.close();
    }

    @Test
    void aPatentIsAnsweredWithItsVersionAsETagAndMoneyAsExactStrings() throws Exception {
        http.perform(get("/api/patents/p-in-grace"))
            .andExpect(status().isOk())
            .andExpect(header().string("ETag", "\"11\""))
            .andExpect(jsonPath("$.patentNumber").value("ZL201510001002.7"))
            .andExpect(jsonPath("$.status").value("GRANTED"))
            .andExpect(jsonPath("$.grantedOn").value("2019-01-10"))
            .andExpect(jsonPath("$.studio.name").value(PatentPortfolio.ANFU_NAME))
            .andExpect(jsonPath("$.studio.regionCode").value("360829"))
            .andExpect(jsonPath("$.annualFeesPaid[0].patentYear").value(4))
            .andExpect(jsonPath("$.annualFeesPaid[0].amountPaid").value("1200.00"))
            .andExpect(jsonPath("$.version").value(11));
        http.perform(get("/api/patents/p-in-grace").header("If-None-Match", "\"11\""))
            .andExpect(status().isNotModified())
            .andExpect(content().string(""));
    }

    @Test
    void theHistorySaysWhoAndWhen() throws Exception {
        http.perform(get("/api/patents/p-lapsed/history"))
            .andExpect(status().isOk())
            .andExpect(header().string("ETag", "\"7\""))
            .andExpect(jsonPath("$.entries[0].step").value("FILED"))
            .andExpect(jsonPath("$.entries[0].stepChinese").value("专利申请受理"))
            .andExpect(jsonPath("$.entries[0].userId").value("studio-lead-anfu"))
            .andExpect(jsonPath("$.entries[7].step").value("LAPSED"))
            .andExpect(jsonPath("$.entries[7].dates.restorableUntil").value("2025-06-15"))
            .andExpect(jsonPath("$.entries[4].facts.amountPaid").value("600.00"));
    }

    @Test
    void thePortfolioIsAPage() throws Exception {
        http.perform(get("/api/patents").param("region", "36").param("type", "invention").param("sort", "filedOn"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[0].id").value("p-in-grace"))
            .andExpect(jsonPath("$.items[0].studioName").value(PatentPortfolio.ANFU_NAME))
            .andExpect(jsonPath("$.totalItems").value(6))
            .andExpect(jsonPath("$.size").value(20));
    }

    @Test
    void countsShowOnlyTheDimensionsGroupedBy() throws Exception {
        http.perform(get("/api/patents/counts").param("type", "INVENTION").param("groupBy", "studio,year")
                                                 .param("yearOf", "granted"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.total").value(1))
            .andExpect(jsonPath("$.groups[0].studioId").value(PatentPortfolio.ANFU))
            .andExpect(jsonPath("$.groups[0].year").value(2019))
            .andExpect(jsonPath("$.groups[0].count").value(1))
            .andExpect(jsonPath("$.groups[0].type").doesNotExist());
    }

    @Test
    void theDeadlineCalendarIsGrouped() throws Exception {
        http.perform(get("/api/patents/deadlines").param("region", "3608").param("on", "2025-06-01"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.on").value("2025-06-01"))
            .andExpect(jsonPath("$.total").value(10))
            .andExpect(jsonPath("$.groups[*].group").value(contains("OVERDUE", "NEXT_30_DAYS", "NEXT_90_DAYS",
                                                                       "NEXT_365_DAYS")))
            .andExpect(jsonPath("$.groups[0].deadlines[0].standing").value("IN_GRACE"))
            .andExpect(jsonPath("$.groups[0].deadlines[0].annualFee.amountDueToday.total").value("4400.00"))
            .andExpect(jsonPath("$.groups[0].deadlines[0].annualFee.graceMonths[5].amountDue.total")
                               .value("5000.00"))
            .andExpect(jsonPath("$.groups[0].deadlines[1].standing").value("LOST"))
            .andExpect(jsonPath("$.groups[1].deadlines[*].kind").value(contains("ANNUAL_FEE", "RESTORATION_REQUEST",
                    "CORRECTION_RESPONSE", "OFFICE_ACTION_RESPONSE", "EXPIRY")))
            .andExpect(jsonPath("$.groups[1].deadlines[1].annualFee.amountDueToday.total").value("1125.00"));
    }

    @Test
    void theCalendarFeedIsUtf8TextCalendar() throws Exception {
        MvcResult result = http.perform(get("/api/patents/calendar.ics").param("studio", "s-anfu")
                                                                        .param("on", "2025-06-01"))
                               .andExpect(status().isOk())
                               .andExpect(header().string("Content-Type", "text/calendar;charset=utf-8"))
                               .andReturn();
        String ics = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));

        assertThat(calendar.getComponents(Component.VEVENT)).hasSize(5);
        assertThat(ics).contains("SUMMARY:【年费】缴纳第5年度年费900.00元");
    }
}
