package org.innovationledger.query.studio;

import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.query.testsupport.History;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.innovationledger.query.testsupport.ProjectionHarness;
import org.innovationledger.query.web.InvalidQueryException;
import org.innovationledger.query.web.Page;
import org.innovationledger.query.web.ReadAfterWrite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.innovationledger.query.testsupport.StudioEvents.*;

class StudioListTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

    private static InProcessMongo mongo;
    private static StudioQueries queries;

    /**
     * Registered in this order: an-fu (county 360829), ji-an (city district 360802), nan-chang (360102), shen-zhen
     * (440305, suspended), bei-jing (110105, with regex metacharacters in its name); plus a studio known only from
     * an alliance event, which is not registered and must never be listed.
     */
    @BeforeAll
    static void projectStudios() {
        mongo = new InProcessMongo();
        StudioViews views = new StudioViews(mongo.database());
        new ProjectionHarness(new StudioProjection(views),
                              new StudioAllianceProjection(views, new AllianceNames(mongo.database())))
                .deliver(new History().add(
                        registered("an-fu", "李建华劳模创新工作室", StudioKind.MODEL_WORKER, NamingLevel.COUNTY,
                                   "360829", DAY.plusYears(2)),
                        registered("ji-an", "周敏工匠人才创新工作室", StudioKind.CRAFTSMAN, NamingLevel.MUNICIPAL,
                                   "360802", DAY),
                        registered("nan-chang", "Zhang Wei Staff Innovation Studio", StudioKind.STAFF,
                                   NamingLevel.ENTERPRISE, "360102", DAY.plusYears(1)),
                        registered("shen-zhen", "赵强劳模创新工作室", StudioKind.MODEL_WORKER, NamingLevel.PROVINCIAL,
                                   "440305", DAY.plusYears(3)),
                        registered("bei-jing", "陈静职工创新工作室(C++)", StudioKind.STAFF, NamingLevel.NATIONAL,
                                   "110105", DAY.plusYears(4)),
                        suspended("shen-zhen", DAY.plusYears(5)),
                        joined("ji-an", "M-1", "王小明", false, DAY),
                        joined("ji-an", "M-2", "刘小红", true, DAY),
                        joined("ji-an", "M-3", "陈小刚", true, DAY),
                        joined("an-fu", "M-4", "孙小平", false, DAY),
                        granted("an-fu", "g-1", "0.10", DAY),
                        granted("an-fu", "g-2", "0.20", DAY),
                        takenOn("an-fu", "c-1", DAY),
                        solved("an-fu", "c-1", DAY.plusDays(1)),
                        allianceFounded("a-1", "吉安市创新工作室联盟", "an-fu", DAY),
                        joinedAlliance("a-1", "ji-an", DAY),
                        joinedAlliance("a-1", "nan-chang", DAY),
                        leftAlliance("a-1", "nan-chang", DAY.plusDays(1)),
                        joinedAlliance("a-1", "not-yet-registered", DAY))
                        .events());
        queries = new StudioQueries(views, new ReadAfterWrite(Duration.ofMillis(100)));
    }

    @AfterAll
    static void stopStore() {
        mongo.close();
    }

    private static Parameters where() {
        return new Parameters();
    }

    /** The ids on the page, in order. */
    private static List<String> ids(Parameters parameters) {
        return queries.list(parameters.build()).items().stream().map(StudioSummary::id).toList();
    }

    @Test
    void withoutParametersEveryRegisteredStudioIsListedByName() {
        assertThat(ids(where())).containsExactly("nan-chang", "ji-an", "an-fu", "shen-zhen", "bei-jing");
    }

    @ParameterizedTest(name = "region {0}")
    @CsvSource({
            "36,      an-fu ji-an nan-chang",
            "360000,  an-fu ji-an nan-chang",
            "3608,    an-fu ji-an",
            "360800,  an-fu ji-an",
            "360829,  an-fu",
            "44,      shen-zhen",
            "4403,    shen-zhen",
            "11,      bei-jing",
            "1201,    ''"})
    void regionFiltersByProvinceCityOrCountyPrefix(String region, String expected) {
        assertThat(ids(where().region(region).sort("registeredAt"))).containsExactly(split(expected));
    }

    @Test
    void filtersByLevelKindAndStatusIgnoringCase() {
        assertThat(ids(where().level("COUNTY"))).containsExactly("an-fu");
        assertThat(ids(where().level("national"))).containsExactly("bei-jing");
        assertThat(ids(where().kind("MODEL_WORKER").sort("registeredAt"))).containsExactly("an-fu", "shen-zhen");
        assertThat(ids(where().status("SUSPENDED"))).containsExactly("shen-zhen");
        assertThat(ids(where().status("active").kind("model_worker"))).containsExactly("an-fu");
    }

    @Test
    void allianceListsItsCurrentMembersOnly() {
        assertThat(ids(where().alliance("a-1").sort("registeredAt"))).containsExactly("an-fu", "ji-an");
        assertThat(ids(where().alliance("a-unknown"))).isEmpty();
    }

    @Test
    void textIsFoundInTheNameIgnoringCaseAndTakenLiterally() {
        assertThat(ids(where().q("劳模").sort("registeredAt"))).containsExactly("an-fu", "shen-zhen");
        assertThat(ids(where().q("zhang wei"))).containsExactly("nan-chang");
        assertThat(ids(where().q("(C++)"))).containsExactly("bei-jing");
        assertThat(ids(where().q(".*"))).isEmpty();
        assertThat(ids(where().q("  "))).hasSize(5);
    }

    @Test
    void filtersCombine() {
        assertThat(ids(where().region("36").kind("CRAFTSMAN").alliance("a-1"))).containsExactly("ji-an");
        assertThat(ids(where().region("36").status("SUSPENDED"))).isEmpty();
    }

    @ParameterizedTest(name = "sort {0}")
    @CsvSource({
            "name,               nan-chang ji-an an-fu shen-zhen bei-jing",
            "'name,desc',        bei-jing shen-zhen an-fu ji-an nan-chang",
            "foundedOn,          ji-an nan-chang an-fu shen-zhen bei-jing",
            "'foundedOn,desc',   bei-jing shen-zhen an-fu nan-chang ji-an",
            "'level,asc',        nan-chang an-fu ji-an shen-zhen bei-jing",
            "'level,desc',       bei-jing shen-zhen ji-an an-fu nan-chang",
            "registeredAt,       an-fu ji-an nan-chang shen-zhen bei-jing",
            "'registeredAt,desc', bei-jing shen-zhen nan-chang ji-an an-fu",
            "'memberCount,desc', ji-an an-fu bei-jing nan-chang shen-zhen",
            "' memberCount , ASC ', bei-jing nan-chang shen-zhen an-fu ji-an"})
    void sortsByTheKeyThenById(String sort, String expected) {
        assertThat(ids(where().sort(sort))).containsExactly(split(expected));
    }

    @Test
    void pagesCoverTheListWithoutOverlapAndTellTheTotals() {
        Page<StudioSummary> first = queries.list(where().sort("registeredAt").size("2").build());
        Page<StudioSummary> third = queries.list(where().sort("registeredAt").size("2").page("2").build());
        Page<StudioSummary> beyond = queries.list(where().sort("registeredAt").size("2").page("7").build());

        assertThat(first.items()).extracting(StudioSummary::id).containsExactly("an-fu", "ji-an");
        assertThat(first.page()).isZero();
        assertThat(first.size()).isEqualTo(2);
        assertThat(first.totalItems()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(third.items()).extracting(StudioSummary::id).containsExactly("bei-jing");
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(5);
    }

    @Test
    void totalsCountTheFilteredList() {
        Page<StudioSummary> page = queries.list(where().region("36").size("1").build());

        assertThat(page.totalItems()).isEqualTo(3);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.items()).hasSize(1);
    }

    @Test
    void aSummaryCarriesWhatAListShows() {
        StudioSummary anFu = queries.list(where().region("360829").build()).items().get(0);

        assertThat(anFu).isEqualTo(new StudioSummary(
                "an-fu", "李建华劳模创新工作室", StudioKind.MODEL_WORKER, NamingLevel.COUNTY,
                StudioStatus.ACTIVE, "360829", "赣鄱矿业有限公司", "李建华", 1, Yuan.of("0.30"), 1, 5));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "region, 3",
            "region, 99",
            "region, 36080",
            "region, 3608291",
            "region, abc",
            "level,  CITY",
            "kind,   LABOUR_MODEL",
            "status, CLOSED",
            "sort,   rating",
            "sort,   'name,up'",
            "sort,   'name,asc,desc'",
            "page,   -1",
            "page,   first",
            "size,   0",
            "size,   101",
            "size,   ten"})
    void anInvalidParameterIsNamed(String parameter, String value) {
        InvalidQueryException error = catchThrowableOfType(InvalidQueryException.class,
                                                           () -> queries.list(where().set(parameter, value).build()));

        assertThat(error).isNotNull();
        assertThat(error.parameter()).isEqualTo(parameter);
        assertThat(error.getMessage()).contains(parameter);
    }

    @Test
    void tooLongATextIsInvalid() {
        InvalidQueryException error = catchThrowableOfType(InvalidQueryException.class,
                                                           () -> queries.list(where().q("工".repeat(101)).build()));

        assertThat(error.parameter()).isEqualTo("q");
    }

    private static String[] split(String ids) {
        return ids.isBlank() ? new String[0] : ids.trim().split("\\s+");
    }

    /** Builds the raw parameters of a list request. */
    private static final class Parameters {
        private String region, level, kind, status, alliance, q, sort, page, size;

        Parameters region(String value) { region = value; return this; }
        Parameters level(String value) { level = value; return this; }
        Parameters kind(String value) { kind = value; return this; }
        Parameters status(String value) { status = value; return this; }
        Parameters alliance(String value) { alliance = value; return this; }
        Parameters q(String value) { q = value; return this; }
        Parameters sort(String value) { sort = value; return this; }
        Parameters page(String value) { page = value; return this; }
        Parameters size(String value) { size = value; return this; }

        Parameters set(String parameter, String value) {
            return switch (parameter) {
                case "region" -> region(value);
                case "level" -> level(value);
                case "kind" -> kind(value);
                case "status" -> status(value);
                case "sort" -> sort(value);
                case "page" -> page(value);
                case "size" -> size(value);
                default -> throw new IllegalArgumentException(parameter);
            };
        }

        StudioListParameters build() {
            return new StudioListParameters(region, level, kind, status, alliance, q, sort, page, size);
        }
    }
}
