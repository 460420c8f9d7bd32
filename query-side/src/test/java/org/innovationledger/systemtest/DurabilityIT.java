package org.innovationledger.systemtest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.systemtest.StudioFixtures.member;
import static org.innovationledger.systemtest.StudioFixtures.studio;

/** What was acknowledged survives a restart and a crash (SIGKILL) of the process that hosts the store. */
class DurabilityIT {

    @Test
    void everythingAcknowledgedSurvivesAKillOfTheStoreProcess() throws Exception {
        try (LedgerProcesses ledger = LedgerProcesses.inFreshFolder("kill")) {
            ledger.start();
            String api = ledger.commandUrl() + "/api/studios";
            List<String> studios = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 4; i++) {
                studios.add(Http.post(api, studio("崩溃测试工作室 " + i)).json().get("id").asString());
            }
            Map<String, Long> acknowledged = new ConcurrentHashMap<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int n = 0; running.get(); n++) {
                        String studioId = studios.get(writer);
                        try {
                            Http.Response response = Http.post(api + "/" + studioId + "/members",
                                                               member("W" + writer + "-" + n, n % 3 == 0));
                            if (response.status() == 201) {
                                acknowledged.merge(studioId, response.json().get("version").asLong(), Math::max);
                            }
                        } catch (RuntimeException connectionLost) {
                            return;
                        }
                    }
                });
            }
            Thread.sleep(3_000);
            ledger.killCommandSide();
            running.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(acknowledged).as("commands acknowledged before the crash").hasSize(4);

            ledger.startCommandSide();

            acknowledged.forEach((studioId, version) -> assertThat(StoreProbe.eventsOf(ledger, studioId))
                    .as("events of %s after the crash", studioId).isGreaterThanOrEqualTo(version + 1));
            String survivor = studios.get(0);
            Http.Response after = Http.post(api + "/" + survivor + "/members", member("AFTER-CRASH", false));
            assertThat(after.status()).as(after.toString()).isEqualTo(201);
            assertThat(after.json().get("version").asLong()).isEqualTo(StoreProbe.eventsOf(ledger, survivor) - 1);
        }
    }

    @Test
    void dataSurvivesARestartOfBothApplications() {
        try (LedgerProcesses ledger = LedgerProcesses.inFreshFolder("restart")) {
            ledger.start();
            String api = ledger.commandUrl() + "/api/studios";
            String studioId = Http.post(api, studio("重启测试工作室")).json().get("id").asString();
            Http.post(api + "/" + studioId + "/members", member("R-1", true));

            ledger.stop();
            ledger.start();

            assertThat(StoreProbe.eventsOf(ledger, studioId)).isEqualTo(2);
            Http.Response next = Http.post(api + "/" + studioId + "/members", member("R-2", false),
                                           "If-Match", "\"1\"");
            assertThat(next.status()).as(next.toString()).isEqualTo(201);
            assertThat(next.json().get("version").asLong()).isEqualTo(2);
        }
    }
}
