package org.innovationledger.query.alliance;

import com.mongodb.client.MongoDatabase;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.query.alliance.AllianceDetail.StudioRef;
import org.innovationledger.query.studio.StudioNames;
import org.innovationledger.query.studio.StudioProjectionFixture;
import org.innovationledger.query.testsupport.History;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.innovationledger.query.testsupport.ProjectionHarness;
import org.innovationledger.query.web.InvalidQueryException;
import org.innovationledger.query.web.NotFoundException;
import org.innovationledger.query.web.Page;
import org.innovationledger.query.web.ProjectionBehindException;
import org.innovationledger.query.web.ReadAfterWrite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innovationledger.query.testsupport.StudioEvents.*;

class AllianceQueriesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 9, 1);

    private final History studioHistory = new History().add(
            registered("s-1", "李建华劳模创新工作室", StudioKind.MODEL_WORKER, NamingLevel.COUNTY, "360829", DAY),
            registered("s-2", "周敏工匠人才创新工作室", StudioKind.CRAFTSMAN, NamingLevel.MUNICIPAL, "360802", DAY));
    private final History allianceHistory = new History().add(
            allianceFounded("a-1", "吉安市劳模工匠创新工作室联盟", "s-1", DAY),
            joinedAlliance("a-1", "s-2", DAY.plusDays(1)),
            joinedAlliance("a-1", "s-unknown", DAY.plusDays(2)),
            allianceFounded("a-2", "赣西矿山创新联盟", "s-2", DAY),
            allianceFounded("a-3", "Ganxi Craftsmen Alliance", "s-2", DAY));
    private InProcessMongo mongo;
    private ProjectionHarness alliances;
    private ProjectionHarness studios;
    private AllianceQueries queries;

    @BeforeEach
    void startStore() {
        mongo = new InProcessMongo();
        MongoDatabase database = mongo.database();
        alliances = new ProjectionHarness(new AllianceProjection(new AllianceViews(database)));
        studios = StudioProjectionFixture.studios(database).deliver(studioHistory.events());
        alliances.deliver(allianceHistory.events());
        queries = new AllianceQueries(new AllianceViews(database), new StudioNames(database),
                                      new ReadAfterWrite(Duration.ofMillis(300)));
    }

    @AfterEach
    void stopStore() {
        mongo.close();
    }

    @Test
    void memberStudiosAreShownWithTheirCurrentNames() {
        AllianceDetail alliance = queries.detail("a-1", null, null);

        assertThat(alliance.leadStudio()).isEqualTo(new StudioRef("s-1", "李建华劳模创新工作室"));
        assertThat(alliance.members()).extracting(AllianceDetail.Member::studioName)
                .containsExactly("李建华劳模创新工作室", "周敏工匠人才创新工作室", null);
        assertThat(alliance.memberCount()).isEqualTo(3);

        studios.deliver(studioHistory.add(profileUpdated("s-2", "周敏创新工作室", "360802")).last());

        assertThat(queries.detail("a-1", null, null).members().get(1).studioName()).isEqualTo("周敏创新工作室");
    }

    @Test
    void anUnknownAllianceIsNotFound() {
        assertThatThrownBy(() -> queries.detail("a-unknown", null, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void minVersionWaitsForTheProjection() {
        allianceHistory.add(joinedAlliance("a-1", "s-7", DAY.plusDays(3)));
        CompletableFuture<Void> projection = CompletableFuture.runAsync(
                () -> alliances.deliver(allianceHistory.last()),
                CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS));

        assertThat(queries.detail("a-1", 3L, null).memberCount()).isEqualTo(4);
        projection.join();
    }

    @Test
    void aViewThatNeverCatchesUpIsBehind() {
        assertThatThrownBy(() -> queries.detail("a-1", 9L, null))
                .isInstanceOfSatisfying(ProjectionBehindException.class,
                                        behind -> assertThat(behind.projectedVersion()).isEqualTo(2));
    }

    @Test
    void theListIsByNameWithTheLeadStudiosNamed() {
        Page<AllianceSummary> page = queries.list(new AllianceListParameters(null, null, null));

        assertThat(page.items()).extracting(AllianceSummary::id).containsExactly("a-3", "a-1", "a-2");
        assertThat(page.items().get(1)).isEqualTo(new AllianceSummary(
                "a-1", "吉安市劳模工匠创新工作室联盟", DAY, new StudioRef("s-1", "李建华劳模创新工作室"), 3, 2));
        assertThat(page.totalItems()).isEqualTo(3);
    }

    @Test
    void theListFindsTextInTheNameAndPages() {
        assertThat(queries.list(new AllianceListParameters("联盟", null, null)).items())
                .extracting(AllianceSummary::id).containsExactly("a-1", "a-2");
        assertThat(queries.list(new AllianceListParameters("CRAFTSMEN", null, null)).items())
                .extracting(AllianceSummary::id).containsExactly("a-3");

        Page<AllianceSummary> second = queries.list(new AllianceListParameters(null, "1", "2"));
        assertThat(second.items()).extracting(AllianceSummary::id).containsExactly("a-2");
        assertThat(second.totalPages()).isEqualTo(2);
    }

    @Test
    void invalidListParametersAreNamed() {
        assertThatThrownBy(() -> queries.list(new AllianceListParameters(null, "-1", null)))
                .isInstanceOfSatisfying(InvalidQueryException.class,
                                        invalid -> assertThat(invalid.parameter()).isEqualTo("page"));
        assertThatThrownBy(() -> queries.list(new AllianceListParameters(null, null, "500")))
                .isInstanceOfSatisfying(InvalidQueryException.class,
                                        invalid -> assertThat(invalid.parameter()).isEqualTo("size"));
    }
}
