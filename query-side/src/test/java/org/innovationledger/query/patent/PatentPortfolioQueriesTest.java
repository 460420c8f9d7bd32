package org.innovationledger.query.patent;

import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.query.patent.PatentCounts.Group;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.innovationledger.query.web.InvalidQueryException;
import org.innovationledger.query.web.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.innovationledger.query.patent.PatentPortfolio.*;

/** The portfolio list and the counts for dashboards, over the thirteen patents of {@link PatentPortfolio}. */
class PatentPortfolioQueriesTest {

    private static InProcessMongo mongo;
    private static PatentQueries queries;

    @BeforeAll
    static void projectPortfolio() {
        mongo = new InProcessMongo();
        PatentProjectionFixture fixture = new PatentProjectionFixture(mongo.database());
        fixture.projections.deliver(PatentPortfolio.timeline().events());
        queries = fixture.queries(Instant.parse("2025-06-01T02:00:00Z"));
    }

    @AfterAll
    static void stopStore() {
        mongo.close();
    }

    private static Where where() {
        return new Where();
    }

    private static List<String> ids(Where where) {
        return queries.list(where.build(), where.sort, where.page, where.size).items().stream()
                      .map(PatentSummary::id).toList();
    }

    @Test
    void withoutParametersEveryPatentIsListedNewestFilingFirst() {
        assertThat(ids(where())).containsExactly(
                "p-correction", "p-withdrawn", "p-grace-lost", "p-published", "p-office-action", "p-fee-soon",
                "p-shenzhen", "p-rejected", "p-lapsed", "p-rejected-long-ago", "p-expiring", "p-in-grace",
                "p-expired");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "studio=s-shenzhen           | studio      | s-shenzhen      | p-shenzhen",
            "enterprise=鹏城精密制造有限公司 | enterprise  | 鹏城精密制造有限公司 | p-shenzhen",
            "region=44                   | region      | 44              | p-shenzhen",
            "region=440000               | region      | 440000          | p-shenzhen",
            "region=4403                 | region      | 4403            | p-shenzhen",
            "region=440305               | region      | 440305          | p-shenzhen",
            "region=360829               | region      | 360829          | p-grace-lost p-fee-soon p-lapsed p-expiring p-in-grace",
            "region=1201                 | region      | 1201            | ''",
            "type=design                 | type        | design          | p-lapsed",
            "status=LAPSED               | status      | LAPSED          | p-lapsed",
            "status=rejected             | status      | rejected        | p-rejected p-rejected-long-ago",
            "filedYear=2015              | filedYear   | 2015            | p-expiring p-in-grace",
            "grantedYear=2022            | grantedYear | 2022            | p-fee-soon",
            "q=输送机 (title)              | q           | 输送机           | p-expiring p-in-grace",
            "q=ZL2021 (patent number)    | q           | zl2021          | p-fee-soon",
            "q=202520002004 (application)| q           | 202520002004    | p-correction",
            "q=.* (taken literally)      | q           | .*              | ''"})
    void eachFilterNarrowsThePortfolio(String name, String parameter, String value, String expected) {
        assertThat(ids(where().set(parameter, value))).containsExactly(split(expected));
    }

    @Test
    void filtersCombine() {
        assertThat(ids(where().set("region", "36").set("type", "INVENTION").set("status", "GRANTED")))
                .containsExactly("p-in-grace");
        assertThat(ids(where().set("studio", JIAN).set("filedYear", "2025"))).containsExactly("p-correction");
    }

    @ParameterizedTest(name = "sort {0}")
    @CsvSource(delimiter = '|', value = {
            "'grantedOn,desc'      | p-grace-lost p-fee-soon p-shenzhen p-lapsed p-in-grace p-expiring p-expired",
            "termEndsOn            | p-expired p-expiring p-lapsed p-shenzhen p-fee-soon p-grace-lost p-correction",
            "applicationNumber     | p-expired p-in-grace p-expiring p-rejected-long-ago p-rejected p-shenzhen p-lapsed"})
    void sortsByTheKeyThenById(String sort, String expectedFirst) {
        assertThat(ids(where().set("sort", sort).set("size", "7")).subList(0, split(expectedFirst).length))
                .containsExactly(split(expectedFirst));
    }

    @Test
    void pagesCoverThePortfolioAndTellTheTotals() {
        Page<PatentSummary> first = queries.list(PatentFilterParameters.none(), "filedOn", "0", "5");
        Page<PatentSummary> last = queries.list(PatentFilterParameters.none(), "filedOn", "2", "5");

        assertThat(first.items()).extracting(PatentSummary::id).containsExactly(
                "p-expired", "p-in-grace", "p-expiring", "p-rejected-long-ago", "p-lapsed");
        assertThat(first.totalItems()).isEqualTo(13);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(last.items()).extracting(PatentSummary::id).containsExactly("p-grace-lost", "p-withdrawn",
                                                                          "p-correction");
    }

    @Test
    void aSummaryCarriesWhatAListShows() {
        PatentSummary patent = queries.list(where().set("q", "刮板").build(), null, null, null).items().get(0);

        assertThat(patent).isEqualTo(new PatentSummary(
                "p-expiring", EXPIRING.applicationNumber().value(), EXPIRING.applicationNumber().patentNumber(),
                PatentType.UTILITY_MODEL, "一种刮板输送机链条张紧器", PatentStatus.GRANTED, ANFU, ANFU_NAME,
                PatentExamples.GANPO, "360829", LocalDate.of(2015, 7, 1), EXPIRING_GRANTED,
                LocalDate.of(2025, 6, 30), List.of("李建华", "王小明"), 12));
    }

    @Test
    void grantedInventionPatentsPerStudioPerYear() {
        PatentCounts counts = queries.counts(where().set("type", "INVENTION").build(), "studio,year", "granted");

        assertThat(counts.groupBy()).containsExactly("studio", "year");
        assertThat(counts.yearOf()).isEqualTo("granted");
        assertThat(counts.groups()).extracting(Group::studioId, Group::studioName, Group::year, Group::count)
                                   .containsExactly(tuple(ANFU, ANFU_NAME, 2019, 1L));
        assertThat(counts.total()).isEqualTo(1);
    }

    @Test
    void grantedPatentsPerStudioPerYearCountThoseThatLapsedOrExpiredSince() {
        PatentCounts counts = queries.counts(PatentFilterParameters.none(), "studio,year", "granted");

        assertThat(counts.groups()).extracting(Group::studioId, Group::year, Group::count).containsExactly(
                tuple(JIAN, 2014, 1L),
                tuple(ANFU, 2016, 1L), tuple(ANFU, 2019, 1L), tuple(ANFU, 2020, 1L), tuple(ANFU, 2022, 1L),
                tuple(ANFU, 2023, 1L),
                tuple(SHENZHEN, 2021, 1L));
        assertThat(counts.total()).isEqualTo(7);
    }

    @Test
    void filingsPerYearAndPatentsPerTypeAndStatus() {
        assertThat(queries.counts(where().set("region", "36").build(), "year", null).groups())
                .extracting(Group::year, Group::count).containsExactly(
                        tuple(2014, 1L), tuple(2015, 2L), tuple(2019, 1L), tuple(2020, 2L), tuple(2021, 2L),
                        tuple(2022, 2L), tuple(2023, 1L), tuple(2025, 1L));
        assertThat(queries.counts(PatentFilterParameters.none(), "type,status", null).groups())
                .extracting(Group::type, Group::status, Group::count).containsExactly(
                        tuple(PatentType.INVENTION, PatentStatus.PUBLISHED, 1L),
                        tuple(PatentType.INVENTION, PatentStatus.UNDER_SUBSTANTIVE_EXAMINATION, 1L),
                        tuple(PatentType.INVENTION, PatentStatus.REJECTED, 2L),
                        tuple(PatentType.INVENTION, PatentStatus.GRANTED, 1L),
                        tuple(PatentType.INVENTION, PatentStatus.WITHDRAWN, 1L),
                        tuple(PatentType.UTILITY_MODEL, PatentStatus.CORRECTION_REQUESTED, 1L),
                        tuple(PatentType.UTILITY_MODEL, PatentStatus.GRANTED, 4L),
                        tuple(PatentType.UTILITY_MODEL, PatentStatus.EXPIRED, 1L),
                        tuple(PatentType.DESIGN, PatentStatus.LAPSED, 1L));
    }

    @Test
    void patentsPerRegionAndEnterprise() {
        assertThat(queries.counts(PatentFilterParameters.none(), "region", null).groups())
                .extracting(Group::regionCode, Group::count).containsExactly(
                        tuple("360802", 7L), tuple("360829", 5L), tuple("440305", 1L));
        assertThat(queries.counts(where().set("status", "GRANTED").build(), "enterprise", null).groups())
                .extracting(Group::enterprise, Group::count).containsExactly(
                        tuple(PatentExamples.GANPO, 4L), tuple(PatentExamples.PENGCHENG, 1L));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "region,      3",
            "region,      99",
            "region,      36080",
            "type,        PCT",
            "status,      ACTIVE",
            "filedYear,   1984",
            "filedYear,   last",
            "grantedYear, 20245",
            "sort,        rating",
            "sort,        'filedOn,up'",
            "page,        -1",
            "size,        101"})
    void anInvalidListParameterIsNamed(String parameter, String value) {
        Where where = where().set(parameter, value);
        InvalidQueryException error = catchThrowableOfType(InvalidQueryException.class,
                () -> queries.list(where.build(), where.sort, where.page, where.size));

        assertThat(error).isNotNull();
        assertThat(error.parameter()).isEqualTo(parameter);
        assertThat(error.getMessage()).contains(parameter);
    }

    @ParameterizedTest(name = "groupBy={0}, yearOf={1}")
    @CsvSource({
            "'',             , groupBy",
            "rating,         , groupBy",
            "'studio,',      , groupBy",
            "'year,year',    , groupBy",
            "year,     issued, yearOf"})
    void anInvalidGroupingIsNamed(String groupBy, String yearOf, String parameter) {
        InvalidQueryException error = catchThrowableOfType(InvalidQueryException.class,
                () -> queries.counts(PatentFilterParameters.none(), groupBy, yearOf));

        assertThat(error).isNotNull();
        assertThat(error.parameter()).isEqualTo(parameter);
    }

    private static String[] split(String ids) {
        return ids.isBlank() ? new String[0] : ids.trim().split("\\s+");
    }

    /** Builds the raw parameters of a list or count request. */
    private static final class Where {
        private String studio, enterprise, region, type, status, filedYear, grantedYear, q, sort, page, size;

        Where set(String parameter, String value) {
            switch (parameter) {
                case "studio" -> studio = value;
                case "enterprise" -> enterprise = value;
                case "region" -> region = value;
                case "type" -> type = value;
                case "status" -> status = value;
                case "filedYear" -> filedYear = value;
                case "grantedYear" -> grantedYear = value;
                case "q" -> q = value;
                case "sort" -> sort = value;
                case "page" -> page = value;
                case "size" -> size = value;
                default -> throw new IllegalArgumentException(parameter);
            }
            return this;
        }

        PatentFilterParameters build() {
            return new PatentFilterParameters(studio, enterprise, region, type, status, filedYear, grantedYear, q);
        }
    }
}
