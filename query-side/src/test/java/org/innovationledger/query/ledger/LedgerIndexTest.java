package org.innovationledger.query.ledger;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When the ledger's writer lets readers in: between batches of events, never inside one. */
class LedgerIndexTest {

    private final LedgerIndex index = new LedgerIndex();
    private final ExecutorService reader = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopReader() {
        reader.shutdownNow();
    }

    @Test
    void aReaderWaitsForTheWholeBatchAndThenSeesAllOfIt() throws Exception {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        index.write(ledger -> ledger.studio("S-1").name = "一号工作室");

        CompletableFuture<String> read = readNames();
        assertThatThrownBy(() -> read.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

        index.write(ledger -> ledger.studio("S-2").name = "二号工作室");
        batch.commit();

        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("一号工作室,二号工作室");
        assertThat(index.changes()).isEqualTo(2);
    }

    @Test
    void aRolledBackBatchLetsReadersInToo() throws Exception {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        index.write(ledger -> ledger.studio("S-1").name = "一号工作室");
        batch.rollback();

        assertThat(readNames().get(10, TimeUnit.SECONDS)).isEqualTo("一号工作室");
    }

    @Test
    void outsideAUnitOfWorkEachChangeLetsReadersInAtOnce() throws Exception {
        index.write(ledger -> ledger.studio("S-1").name = "一号工作室");

        assertThat(readNames().get(10, TimeUnit.SECONDS)).isEqualTo("一号工作室");
    }

    /** Reads every studio's name on another thread, as an HTTP request would. */
    private CompletableFuture<String> readNames() {
        return CompletableFuture.supplyAsync(() -> index.read(ledger -> String.join(
                ",", ledger.studios().stream().map(studio -> studio.name).toList())), reader);
    }
}
