package org.innovationledger.command.patent;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.patent.InvalidationExtent;
import org.innovationledger.api.patent.LicenceKind;
import org.innovationledger.api.patent.PatentExpired;
import org.innovationledger.api.patent.PatentInvalidated;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.PatentTransferred;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.api.common.ErrorCode.AMOUNT_NEGATIVE;
import static org.innovationledger.api.common.ErrorCode.INVALIDATED_CLAIMS_REQUIRED;
import static org.innovationledger.api.common.ErrorCode.LICENCE_ALREADY_RECORDED;
import static org.innovationledger.api.common.ErrorCode.LICENCE_BEYOND_PATENT_TERM;
import static org.innovationledger.api.common.ErrorCode.LICENCE_EXCLUDED;
import static org.innovationledger.api.common.ErrorCode.LICENCE_TERM_INVALID;
import static org.innovationledger.api.common.ErrorCode.PATENT_NOT_GRANTED;
import static org.innovationledger.api.common.ErrorCode.TERM_NOT_ENDED;
import static org.innovationledger.api.common.ErrorCode.TRANSFER_TO_CURRENT_OWNERS;
import static org.innovationledger.api.patent.LicenceKind.EXCLUSIVE;
import static org.innovationledger.api.patent.LicenceKind.ORDINARY;
import static org.innovationledger.command.patent.PatentExamples.*;
import static org.innovationledger.command.testing.RuleViolationMatcher.violates;

/** Transfer (转让), licences (许可), invalidation (无效) and expiry (期限届满) of the granted invention. */
class PatentRightsTest {

    private final FixtureConfiguration<Patent> fixture = fixture();

    @Test
    void canTransferPatent() {
        fixture.given(inventionGranted())
               .when(transfer(List.of("明远重工集团有限公司"), date(2021, 3, 1)))
               .expectEvents(new PatentTransferred(PATENT_ID, APPLICANTS, List.of("明远重工集团有限公司"),
                       date(2021, 3, 1)));
    }

    @Test
    void cannotTransferPatentToItsCurrentOwners() {
        fixture.given(inventionGranted())
               .when(transfer(APPLICANTS, date(2021, 3, 1)))
               .expectException(violates(TRANSFER_TO_CURRENT_OWNERS))
               .expectNoEvents();
    }

    @Test
    void cannotTransferApplicationNotGranted() {
        fixture.given(inventionPublished())
               .when(transfer(List.of("明远重工集团有限公司"), date(2018, 3, 1)))
               .expectException(violates(PATENT_NOT_GRANTED))
               .expectNoEvents();
    }

    @Test
    void canLicensePatent() {
        fixture.given(inventionGranted())
               .when(license("l-1", EXCLUSIVE, date(2021, 1, 1), date(2025, 12, 31), "150000.00"))
               .expectEvents(licensed("l-1", EXCLUSIVE, date(2021, 1, 1), date(2025, 12, 31), "150000.00"));
    }

    @Test
    void canLicenseWithoutFee() {
        fixture.given(inventionGranted())
               .when(license("l-1", ORDINARY, date(2021, 1, 1), date(2021, 12, 31), "0"))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotLicenseForNegativeFee() {
        fixture.given(inventionGranted())
               .when(license("l-1", ORDINARY, date(2021, 1, 1), date(2021, 12, 31), "-1.00"))
               .expectException(violates(AMOUNT_NEGATIVE))
               .expectNoEvents();
    }

    @Test
    void cannotLicenseEndingBeforeItStarts() {
        fixture.given(inventionGranted())
               .when(license("l-1", ORDINARY, date(2021, 1, 1), date(2020, 12, 31), "1000"))
               .expectException(violates(LICENCE_TERM_INVALID))
               .expectNoEvents();
    }

    @Test
    void canLicenseUntilTheLastDayOfTheTerm() {
        fixture.given(inventionGranted())
               .when(license("l-1", ORDINARY, date(2021, 1, 1), date(2037, 7, 19), "1000"))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotLicenseBeyondTheTerm() {
        fixture.given(inventionGranted())
               .when(license("l-1", ORDINARY, date(2021, 1, 1), date(2037, 7, 20), "1000"))
               .expectException(violates(LICENCE_BEYOND_PATENT_TERM))
               .expectNoEvents();
    }

    @Test
    void cannotRecordLicenceTwice() {
        fixture.given(with(inventionGranted(), licensed("l-1", ORDINARY, date(2021, 1, 1), date(2021, 12, 31), "1")))
               .when(license("l-1", ORDINARY, date(2022, 1, 1), date(2022, 12, 31), "1"))
               .expectException(violates(LICENCE_ALREADY_RECORDED))
               .expectNoEvents();
    }

    @ParameterizedTest(name = "{0} licence to 2021-12-31, then {1} from {2}: allowed {3}")
    @CsvSource({
            "ORDINARY,  ORDINARY,  2021-06-01, true",
            "ORDINARY,  SOLE,      2021-06-01, false",
            "ORDINARY,  EXCLUSIVE, 2021-12-31, false",
            "SOLE,      ORDINARY,  2021-06-01, false",
            "SOLE,      SOLE,      2021-06-01, false",
            "EXCLUSIVE, ORDINARY,  2021-06-01, false",
            "EXCLUSIVE, EXCLUSIVE, 2022-01-01, true",
            "SOLE,      EXCLUSIVE, 2022-01-01, true"})
    void exclusiveAndSoleLicencesExcludeAnyOtherLicenceInTheSamePeriod(
            LicenceKind first, LicenceKind second,
            LocalDate secondStartsOn, boolean allowed) {
        var result = fixture.given(with(inventionGranted(),
                                        licensed("l-1", first, date(2021, 1, 1), date(2021, 12, 31), "1000")))
                            .when(license("l-2", second, secondStartsOn, date(2022, 12, 31), "1000"));
        if (allowed) {
            result.expectSuccessfulHandlerExecution();
        } else {
            result.expectException(violates(LICENCE_EXCLUDED)).expectNoEvents();
        }
    }

    @Test
    void partlyInvalidatedPatentStaysInForce() {
        fixture.given(inventionGranted())
               .when(invalidate(InvalidationExtent.PARTLY, List.of(1, 3), date(2021, 5, 6)))
               .expectEvents(new PatentInvalidated(PATENT_ID, InvalidationExtent.PARTLY, List.of(1, 3),
                       date(2021, 5, 6), "不具备新颖性"))
               .expectState(patent -> assertThat(patent.status()).isEqualTo(PatentStatus.GRANTED));
    }

    @Test
    void whollyInvalidatedPatentEnds() {
        fixture.given(inventionGranted())
               .when(invalidate(InvalidationExtent.WHOLLY, List.of(), date(2021, 5, 6)))
               .expectSuccessfulHandlerExecution()
               .expectState(patent -> assertThat(patent.status()).isEqualTo(PatentStatus.INVALIDATED));
    }

    @Test
    void partialInvalidationNamesTheInvalidatedClaims() {
        fixture.given(inventionGranted())
               .when(invalidate(InvalidationExtent.PARTLY, List.of(), date(2021, 5, 6)))
               .expectException(violates(INVALIDATED_CLAIMS_REQUIRED))
               .expectNoEvents();
    }

    @Test
    void cannotRecordExpiryOnTheLastDayOfTheTerm() {
        fixture.given(inventionGranted())
               .when(recordExpiry(date(2037, 7, 19)))
               .expectException(violates(TERM_NOT_ENDED))
               .expectNoEvents();
    }

    @Test
    void canRecordExpiryAfterTheLastDayOfTheTerm() {
        fixture.given(inventionGranted())
               .when(recordExpiry(date(2037, 7, 20)))
               .expectEvents(new PatentExpired(PATENT_ID, date(2037, 7, 19), date(2037, 7, 20)))
               .expectState(patent -> assertThat(patent.status()).isEqualTo(PatentStatus.EXPIRED));
    }
}
