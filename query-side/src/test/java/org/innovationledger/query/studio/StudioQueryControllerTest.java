package org.innovationledger.query.studio;

import org.innovationledger.query.testsupport.History;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.innovationledger.query.testsupport.ProjectionHarness;
import org.innovationledger.query.web.ReadAfterWrite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.Duration;
import java.time.LocalDate;

import static org.innovationledger.query.testsupport.StudioEvents.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The studio endpoints over HTTP (without the error advice): JSON shape, ETag and If-None-Match. */
class StudioQueryControllerTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    private InProcessMongo mongo;
    private MockMvc http;

    @BeforeEach
    void startStore() {
        mongo = new InProcessMongo();
        StudioViews views = new StudioViews(mongo.database());
        new ProjectionHarness(new StudioProjection(views)).deliver(new History().add(
                registered("s-1"), granted("s-1", "g-1", "0.10", DAY), granted("s-1", "g-2", "0.20", DAY),
                joined("s-1", "GP-1", "王小明", true, DAY)).events());
        StudioQueries queries = new StudioQueries(views, new ReadAfterWrite(Duration.ofMillis(100)));
        http = MockMvcBuilders.standaloneSetup(new StudioQueryController(queries)).build();
    }

    @AfterEach
    void stopStore() {
        mongo.close();
    }

    @Test
    void aStudioIsAnsweredWithItsVersionAsETagAndMoneyAsExactStrings() throws Exception {
        http.perform(get("/api/studios/s-1"))
            .andExpect(status().isOk())
            .andExpect(header().string("ETag", "\"3\""))
            .andExpect(jsonPath("$.name").value("李建华劳模创新工作室"))
            .andExpect(jsonPath("$.foundedOn").value("2024-05-01"))
            .andExpect(jsonPath("$.leader.honourTitle").value("全国劳动模范"))
            .andExpect(jsonPath("$.funding.granted").value("0.30"))
            .andExpect(jsonPath("$.funding.grants[0].remaining").value("0.10"))
            .andExpect(jsonPath("$.members[0].apprentice").value(true))
            .andExpect(jsonPath("$.apprenticeCount").value(1))
            .andExpect(jsonPath("$.version").value(3));
    }

    @Test
    void theCurrentVersionInIfNoneMatchIsAnsweredWith304() throws Exception {
        http.perform(get("/api/studios/s-1").header("If-None-Match", "\"3\""))
            .andExpect(status().isNotModified())
            .andExpect(header().string("ETag", "\"3\""))
            .andExpect(content().string(""));
        http.perform(get("/api/studios/s-1").header("If-None-Match", "\"2\""))
            .andExpect(status().isOk());
    }

    @Test
    void theListIsAPage() throws Exception {
        http.perform(get("/api/studios").param("region", "3608").param("sort", "memberCount,desc"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[0].id").value("s-1"))
            .andExpect(jsonPath("$.items[0].leaderName").value("李建华"))
            .andExpect(jsonPath("$.items[0].fundingBalance").value("0.30"))
            .andExpect(jsonPath("$.page").value(0))
            .andExpect(jsonPath("$.size").value(20))
            .andExpect(jsonPath("$.totalItems").value(1))
            .andExpect(jsonPath("$.totalPages").value(1));
    }
}
