package org.innovationledger.query.studio;

import org.innovationledger.query.testsupport.History;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.innovationledger.query.testsupport.ProjectionHarness;
import org.innovationledger.query.web.InvalidQueryException;
import org.innovationledger.query.web.NotFoundException;
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

/** Reading one studio, and reading one's own write: {@code minVersion} waits for the projection to catch up. */
class StudioDetailReadTest {

    private static final Duration MAX_WAIT = Duration.ofMillis(400);
    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    private final History history = new History().add(registered("s-1"), joined("s-1", "GP-1", "王小明", false, DAY),
                                                      joined("s-1", "GP-2", "刘小红", true, DAY),
                                                      takenOn("s-1", "c-1", DAY));
    private InProcessMongo mongo;
    private ProjectionHarness studios;
    private StudioQueries queries;

    @BeforeEach
    void startStore() {
        mongo = new InProcessMongo();
        StudioViews views = new StudioViews(mongo.database());
        studios = new ProjectionHarness(new StudioProjection(views));
        queries = new StudioQueries(views, new ReadAfterWrite(MAX_WAIT));
    }

    @AfterEach
    void stopStore() {
        mongo.close();
    }

    @Test
    void anUnknownStudioIsNotFound() {
        assertThatThrownBy(() -> queries.detail("nobody", null, null)).isInstanceOf(NotFoundException.class)
                                                                      .hasMessageContaining("nobody");
    }

    @Test
    void withoutMinVersionTheViewIsAnsweredAsItIs() {
        studios.deliver(history.get(0));

        assertThat(queries.detail("s-1", null, null).version()).isZero();
    }

    @Test
    void aViewAlreadyAtMinVersionIsAnsweredAtOnce() {
        studios.deliver(history.events());

        long started = System.nanoTime();
        StudioDetail studio = queries.detail("s-1", 2L, null);

        assertThat(studio.version()).isEqualTo(3);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(MAX_WAIT);
    }

    @Test
    void aViewThatCatchesUpDuringTheWaitIsAnswered() {
        studios.deliver(history.get(0));
        CompletableFuture<Void> projection = CompletableFuture.runAsync(
                () -> studios.deliver(history.events()),
                CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS));

        StudioDetail studio = queries.detail("s-1", 3L, null);

        assertThat(studio.version()).isEqualTo(3);
        assertThat(studio.memberCount()).isEqualTo(2);
        projection.join();
    }

    @Test
    void aStudioRegisteredDuringTheWaitIsAnswered() {
        CompletableFuture<Void> projection = CompletableFuture.runAsync(
                () -> studios.deliver(history.get(0)), CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS));

        assertThat(queries.detail("s-1", 0L, null).name()).isEqualTo("李建华劳模创新工作室");
        projection.join();
    }

    @Test
    void aViewThatNeverCatchesUpIsBehindAndSaysHowFarItGot() {
        studios.deliver(history.events());

        long started = System.nanoTime();
        assertThatThrownBy(() -> queries.detail("s-1", 4L, null))
                .isInstanceOfSatisfying(ProjectionBehindException.class,
                                        behind -> assertThat(behind.projectedVersion()).isEqualTo(3));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(MAX_WAIT);
    }

    @Test
    void aStudioNotProjectedAtAllIsBehindWithVersionMinusOne() {
        assertThatThrownBy(() -> queries.detail("s-1", 0L, 50L))
                .isInstanceOfSatisfying(ProjectionBehindException.class,
                                        behind -> assertThat(behind.projectedVersion()).isEqualTo(-1));
    }

    @Test
    void theClientMayWaitLessButNotLongerThanTheServerAllows() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> queries.detail("s-1", 0L, 0L)).isInstanceOf(ProjectionBehindException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(MAX_WAIT);

        started = System.nanoTime();
        assertThatThrownBy(() -> queries.detail("s-1", 0L, 60_000L)).isInstanceOf(ProjectionBehindException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(MAX_WAIT.plusSeconds(1));
    }

    @Test
    void aNegativeMinVersionOrWaitIsInvalid() {
        assertThatThrownBy(() -> queries.detail("s-1", -1L, null))
                .isInstanceOfSatisfying(InvalidQueryException.class,
                                        invalid -> assertThat(invalid.parameter()).isEqualTo("minVersion"));
        assertThatThrownBy(() -> queries.detail("s-1", 0L, -5L))
                .isInstanceOfSatisfying(InvalidQueryException.class,
                                        invalid -> assertThat(invalid.parameter()).isEqualTo("maxWait"));
    }
}
