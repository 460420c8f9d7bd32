package org.innovationledger.query.patent;

import org.axonframework.eventhandling.DomainEventMessage;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.ApplicationRejected;
import org.innovationledger.api.patent.InvalidationExtent;
import org.innovationledger.api.patent.LicenceKind;
import org.innovationledger.api.patent.OfficeActionAnswered;
import org.innovationledger.api.patent.PatentEvent;
import org.innovationledger.api.patent.PatentLapsed;
import org.innovationledger.api.patent.PatentRestored;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.patent.ReexaminationOutcome;
import org.innovationledger.api.patent.RejectionOverturned;
import org.innovationledger.query.patent.PatentDetail.FeePayment;
import org.innovationledger.query.patent.PatentDetail.OfficeAction;
import org.innovationledger.query.patent.PatentDetail.StudioRef;
import org.innovationledger.query.testsupport.InProcessMongo;
import org.innovationledger.query.testsupport.Timeline;
import org.innovationledger.query.web.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.innovationledger.query.patent.PatentExamples.*;

/** What a patent view shows after each kind of event. */
class PatentProjectionTest {

    private InProcessMongo mongo;
    private PatentProjectionFixture patents;
    private PatentQueries queries;

    @BeforeEach
    void startStore() {
        mongo = new InProcessMongo();
        patents = new PatentProjectionFixture(mongo.database());
        queries = patents.queries(Instant.parse("2025-06-01T02:00:00Z"));
    }

    @AfterEach
    void stopStore() {
        mongo.close();
    }

    private PatentDetail afterEvents(int count) {
        patents.projections.deliver(richTimeline().events().subList(0, count));
        return queries.detail(RICH.patentId(), null, null);
    }

    private static int indexOf(Class<?> eventType, String patentId, int occurrence) {
        List<Object> payloads = richTimeline().events().stream().map(event -> (Object) event.getPayload()).toList();
        int seen = 0;
        for (int i = 0; i < payloads.size(); i++) {
            Object payload = payloads.get(i);
            if (eventType.isInstance(payload)
                    && ((PatentEvent) payload).patentId().equals(patentId)
                    && seen++ == occurrence) {
                return i;
            }
        }
        throw new AssertionError("no " + eventType.getSimpleName() + " #" + occurrence + " of " + patentId);
    }

    @Test
    void aFilingShowsEverythingItSaysAndTheStudioAsItsEventsDescribeIt() {
        PatentDetail patent = afterEvents(3);

        assertThat(patent.applicationNumber()).isEqualTo("201710601862.3");
        assertThat(patent.patentNumber()).isNull();
        assertThat(patent.type()).isEqualTo(PatentType.INVENTION);
        assertThat(patent.title()).isEqualTo("一种带式输送机自动纠偏装置");
        assertThat(patent.status()).isEqualTo(PatentStatus.FILED);
        assertThat(patent.statusSince()).isEqualTo(LocalDate.of(2017, 7, 20));
        assertThat(patent.filedOn()).isEqualTo(LocalDate.of(2017, 7, 20));
        assertThat(patent.termEndsOn()).isEqualTo(LocalDate.of(2037, 7, 19));
        assertThat(patent.substantiveExaminationDueOn()).isEqualTo(LocalDate.of(2020, 7, 20));
        assertThat(patent.applicants()).containsExactly(GANPO);
        assertThat(patent.owners()).containsExactly(GANPO);
        assertThat(patent.inventors()).containsExactly("李建华", "王小明");
        assertThat(patent.achievementIds()).containsExactly("a-601862");
        assertThat(patent.studio()).isEqualTo(new StudioRef("s-1", "李建华劳模创新工作室", GANPO, "360829"));
        assertThat(patent.recordedAt()).isEqualTo(Timeline.START.plusSeconds(120));
        assertThat(patent.version()).isZero();
    }

    @Test
    void theApplicationGoesThroughCorrectionExaminationAndAnOfficeAction() {
        PatentDetail patent = afterEvents(indexOf(OfficeActionAnswered.class, "p-rich", 0) + 1);

        assertThat(patent.status()).isEqualTo(PatentStatus.UNDER_SUBSTANTIVE_EXAMINATION);
        assertThat(patent.corrections()).singleElement().satisfies(correction -> {
            assertThat(correction.responseDueOn()).isEqualTo(LocalDate.of(2017, 11, 1));
            assertThat(correction.defects()).isEqualTo("说明书附图不清晰");
        });
        assertThat(patent.formalExaminationPassedOn()).isEqualTo(LocalDate.of(2017, 10, 20));
        assertThat(patent.publishedOn()).isEqualTo(LocalDate.of(2017, 12, 8));
        assertThat(patent.publicationNumber()).isEqualTo("CN20170000001A");
        assertThat(patent.substantiveExaminationRequestedOn()).isEqualTo(LocalDate.of(2018, 1, 5));
        assertThat(patent.officeActions()).containsExactly(new OfficeAction(
                "oa-1", LocalDate.of(2018, 11, 2), LocalDate.of(2019, 3, 2), "权利要求1不具备创造性",
                LocalDate.of(2019, 2, 20), "修改权利要求1，增加纠偏辊特征"));
    }

    @Test
    void anOverturnedRejectionReturnsToTheStatusBeforeIt() {
        PatentDetail rejected = afterEvents(indexOf(ApplicationRejected.class, "p-rich", 0) + 1);
        assertThat(rejected.status()).isEqualTo(PatentStatus.REJECTED);
        assertThat(rejected.rejections()).singleElement().satisfies(rejection ->
                assertThat(rejection.reexaminationDueOn()).isEqualTo(LocalDate.of(2019, 11, 9)));

        PatentDetail overturned = afterEvents(indexOf(RejectionOverturned.class, "p-rich", 0) + 1);

        assertThat(overturned.status()).isEqualTo(PatentStatus.UNDER_SUBSTANTIVE_EXAMINATION);
        assertThat(overturned.statusSince()).isEqualTo(LocalDate.of(2020, 6, 18));
        assertThat(overturned.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reexaminationRequestedOn()).isEqualTo(LocalDate.of(2019, 10, 30));
            assertThat(rejection.outcome()).isEqualTo(ReexaminationOutcome.OVERTURNED);
            assertThat(rejection.decidedOn()).isEqualTo(LocalDate.of(2020, 6, 18));
        });
    }

    @Test
    void aLapsedPatentIsRestoredWithTheFeeItLapsedForPaidWithTheFullSurcharge() {
        PatentDetail lapsed = afterEvents(indexOf(PatentLapsed.class, "p-rich", 0) + 1);
        assertThat(lapsed.status()).isEqualTo(PatentStatus.LAPSED);
        assertThat(lapsed.lapses()).singleElement().satisfies(lapse -> {
            assertThat(lapse.patentYear()).isEqualTo(6);
            assertThat(lapse.feeDueOn()).isEqualTo(LocalDate.of(2022, 7, 20));
            assertThat(lapse.graceEndedOn()).isEqualTo(LocalDate.of(2023, 1, 20));
            assertThat(lapse.restorableUntil()).isEqualTo(LocalDate.of(2023, 5, 1));
        });

        int restoredAt = indexOf(PatentRestored.class, "p-rich", 0);
        patents.projections.deliver(richTimeline().get(restoredAt - 1)).deliver(richTimeline().get(restoredAt));
        PatentDetail restored = queries.detail("p-rich", null, null);
        FeePayment onRestoration = new FeePayment(6, LocalDate.of(2022, 7, 20), LocalDate.of(2023, 4, 10),
                                                  Yuan.of("1200.00"), 25, Yuan.of("300.00"), Yuan.of("1500.00"),
                                                  true);
        assertThat(restored.status()).isEqualTo(PatentStatus.GRANTED);
        assertThat(restored.lapses().get(0).restoredOn()).isEqualTo(LocalDate.of(2023, 4, 10));
        assertThat(restored.annualFeesPaid()).extracting(FeePayment::patentYear).containsExactly(4, 5, 6);
        assertThat(restored.annualFeesPaid().get(2)).isEqualTo(onRestoration);

        patents.projections.deliver(richTimeline().get(restoredAt + 1));
        assertThat(queries.detail("p-rich", null, null).annualFeesPaid().get(2))
                .as("the command side's own record of the payment says the same").isEqualTo(onRestoration);
    }

    @Test
    void theWholePathEndsWithTheExpiryAndKeepsEveryFact() {
        patents.projections.deliver(richTimeline().events());
        PatentDetail patent = queries.detail("p-rich", null, null);

        assertThat(patent.status()).isEqualTo(PatentStatus.EXPIRED);
        assertThat(patent.statusSince()).isEqualTo(LocalDate.of(2037, 7, 19));
        assertThat(patent.patentNumber()).isEqualTo("ZL201710601862.3");
        assertThat(patent.grantedOn()).isEqualTo(RICH_GRANTED);
        assertThat(patent.firstAnnualFeeYear()).isEqualTo(4);
        assertThat(patent.annualFeesPaid()).extracting(FeePayment::patentYear, FeePayment::amountPaid,
                                                       FeePayment::surchargePercent)
                .containsExactly(tuple(4, Yuan.of("1200.00"), 0),
                                 tuple(5, Yuan.of("1260.00"), 5),
                                 tuple(6, Yuan.of("1500.00"), 25),
                                 tuple(7, Yuan.of("2000.00"), 0));
        assertThat(patent.owners()).containsExactly("赣鄱矿业集团有限公司");
        assertThat(patent.applicants()).containsExactly(GANPO);
        assertThat(patent.transfers()).singleElement().satisfies(transfer ->
                assertThat(transfer.transferredOn()).isEqualTo(LocalDate.of(2023, 6, 1)));
        assertThat(patent.licences()).singleElement().satisfies(licence -> {
            assertThat(licence.kind()).isEqualTo(LicenceKind.ORDINARY);
            assertThat(licence.fee()).isEqualTo(Yuan.of("150000.00"));
            assertThat(licence.endsOn()).isEqualTo(LocalDate.of(2026, 6, 30));
        });
        assertThat(patent.invalidations()).singleElement().satisfies(invalidation -> {
            assertThat(invalidation.extent()).isEqualTo(InvalidationExtent.PARTLY);
            assertThat(invalidation.invalidatedClaims()).containsExactly(1, 3);
        });
        assertThat(patent.expiry().recordedOn()).isEqualTo(LocalDate.of(2037, 7, 20));
        assertThat(patent.version()).isEqualTo(20);
    }

    @Test
    void otherEndingsAreShownWithTheirDatesAndReasons() {
        patents.projections.deliver(richTimeline().events());

        PatentDetail upheld = queries.detail("p-upheld", null, null);
        assertThat(upheld.status()).isEqualTo(PatentStatus.FINALLY_REJECTED);
        assertThat(upheld.rejections().get(0).outcome()).isEqualTo(ReexaminationOutcome.UPHELD);
        PatentDetail design = queries.detail("p-design", null, null);
        assertThat(design.status()).isEqualTo(PatentStatus.INVALIDATED);
        assertThat(design.statusSince()).isEqualTo(LocalDate.of(2024, 6, 1));
        PatentDetail withdrawn = queries.detail("p-withdrawn", null, null);
        assertThat(withdrawn.status()).isEqualTo(PatentStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawal().byOffice()).isFalse();
        PatentDetail deemed = queries.detail("p-deemed", null, null);
        assertThat(deemed.status()).isEqualTo(PatentStatus.DEEMED_WITHDRAWN);
        assertThat(deemed.withdrawal().byOffice()).isTrue();
        assertThat(deemed.withdrawal().reason()).isEqualTo("逾期未答复审查意见通知书");
    }

    @Test
    void aStudiosNewNameEnterpriseAndRegionReachItsPatentsFiledBeforeAndAfter() {
        patents.projections.deliver(richTimeline().events());

        StudioRef renamed = new StudioRef("s-1", "李建华劳模创新工作室（采掘）", GANPO + "（集团）", "360802");
        assertThat(queries.detail("p-rich", null, null).studio()).isEqualTo(renamed);
        assertThat(queries.detail("p-deemed", null, null).studio()).isEqualTo(renamed);
        assertThat(queries.detail("p-upheld", null, null).studio())
                .isEqualTo(new StudioRef("s-2", "周敏工匠人才创新工作室", JIAN_HEAVY, "360802"));
    }

    @Test
    void aPatentFiledBeforeItsStudioIsKnownShowsTheStudioOnceItIs() {
        List<DomainEventMessage<?>> events = richTimeline().events();
        int registeredAt = events.stream().map(event -> (Object) event.getPayload()).toList()
                                 .indexOf(studio("s-late", "赵强职工创新工作室", PENGCHENG, "440305"));
        patents.projections.deliver(events.subList(0, registeredAt));
        assertThat(queries.detail("p-design", null, null).studio()).isEqualTo(new StudioRef("s-late", null, null,
                                                                                             null));

        patents.projections.deliver(events.get(registeredAt));
        assertThat(queries.detail("p-design", null, null).studio())
                .isEqualTo(new StudioRef("s-late", "赵强职工创新工作室", PENGCHENG, "440305"));
    }

    @Test
    void anUnknownPatentIsNotFound() {
        assertThatThrownBy(() -> queries.detail("p-nobody", null, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.history("p-nobody", null, null)).isInstanceOf(NotFoundException.class);
    }
}
