package org.innovationledger.command.patent;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.AnnualFeePaid;
import org.innovationledger.api.patent.AnswerOfficeAction;
import org.innovationledger.api.patent.ApplicationNumber;
import org.innovationledger.api.patent.ApplicationPublished;
import org.innovationledger.api.patent.ApplicationRejected;
import org.innovationledger.api.patent.CorrectionRequested;
import org.innovationledger.api.patent.DecideReexamination;
import org.innovationledger.api.patent.DeemWithdrawn;
import org.innovationledger.api.patent.FilePatent;
import org.innovationledger.api.patent.FormalExaminationPassed;
import org.innovationledger.api.patent.GrantPatent;
import org.innovationledger.api.patent.InvalidatePatent;
import org.innovationledger.api.patent.InvalidationExtent;
import org.innovationledger.api.patent.IssueOfficeAction;
import org.innovationledger.api.patent.LicenceKind;
import org.innovationledger.api.patent.LicensePatent;
import org.innovationledger.api.patent.OfficeActionAnswered;
import org.innovationledger.api.patent.OfficeActionIssued;
import org.innovationledger.api.patent.PassFormalExamination;
import org.innovationledger.api.patent.PatentFiled;
import org.innovationledger.api.patent.PatentGranted;
import org.innovationledger.api.patent.PatentLapsed;
import org.innovationledger.api.patent.PatentLicensed;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.patent.PayAnnualFee;
import org.innovationledger.api.patent.PublishApplication;
import org.innovationledger.api.patent.RecordExpiry;
import org.innovationledger.api.patent.RecordLapse;
import org.innovationledger.api.patent.ReexaminationOutcome;
import org.innovationledger.api.patent.ReexaminationRequested;
import org.innovationledger.api.patent.RejectApplication;
import org.innovationledger.api.patent.RequestCorrection;
import org.innovationledger.api.patent.RequestReexamination;
import org.innovationledger.api.patent.RequestSubstantiveExamination;
import org.innovationledger.api.patent.RestorePatent;
import org.innovationledger.api.patent.SubstantiveExaminationRequested;
import org.innovationledger.api.patent.TransferPatent;
import org.innovationledger.api.patent.WithdrawApplication;
import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.command.studio.StudioStandings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Invented patents of an invented studio, their histories and the commands sent to them. Versions are left to Axon
 * ({@code null}). The invention is filed on 2017-07-20 without priority: substantive examination is due by
 * 2020-07-20, the term ends on 2037-07-19, and granted on 2020-09-25 (patent year 4) it owes 1,200 yuan for year 4
 * on the grant, then 1,200 for year 5 on 2021-07-20 (grace to 2022-01-20) and year 6 on 2022-07-20.
 */
final class PatentExamples {

    static final String PATENT_ID = "patent-0007";
    static final String STUDIO_ID = "studio-0042";
    static final String SUSPENDED_STUDIO = "studio-suspended";
    static final String REVOKED_STUDIO = "studio-revoked";
    static final ApplicationNumber INVENTION_NUMBER = new ApplicationNumber("201710601862.3");
    static final ApplicationNumber UTILITY_MODEL_NUMBER = new ApplicationNumber("202220345678.3");
    static final ApplicationNumber DESIGN_NUMBER = new ApplicationNumber("202130111111.0");
    static final LocalDate FILED_ON = LocalDate.of(2017, 7, 20);
    static final LocalDate GRANTED_ON = LocalDate.of(2020, 9, 25);
    static final List<String> APPLICANTS = List.of("明远精密机械有限公司");
    static final String TITLE = "一种数控车床主轴箱降噪装置";

    private PatentExamples() {
    }

    static FixtureConfiguration<Patent> fixture() {
        FixtureConfiguration<Patent> fixture = new AggregateTestFixture<>(Patent.class);
        fixture.registerInjectableResource((StudioStandings) studioId -> switch (studioId) {
            case STUDIO_ID -> StudioStatus.ACTIVE;
            case SUSPENDED_STUDIO -> StudioStatus.SUSPENDED;
            case REVOKED_STUDIO -> StudioStatus.REVOKED;
            default -> throw new AggregateNotFoundException(studioId, "no studio " + studioId);
        });
        return fixture;
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    static FilePatent file(String studioId, ApplicationNumber number, PatentType type, LocalDate filedOn,
                           LocalDate priorityDate) {
        return new FilePatent(PATENT_ID, studioId, number, type, TITLE, filedOn, priorityDate, APPLICANTS,
                List.of("周建华", "刘晓燕"), List.of("achievement-3"));
    }

    static FilePatent fileInvention() {
        return file(STUDIO_ID, INVENTION_NUMBER, PatentType.INVENTION, FILED_ON, null);
    }

    static PatentFiled filed(ApplicationNumber number, PatentType type, LocalDate filedOn, LocalDate priorityDate,
                             LocalDate termEndsOn, LocalDate substantiveExaminationDueOn) {
        return new PatentFiled(PATENT_ID, STUDIO_ID, number, type, TITLE, filedOn, priorityDate, APPLICANTS,
                List.of("周建华", "刘晓燕"), List.of("achievement-3"), termEndsOn, substantiveExaminationDueOn);
    }

    static PatentFiled inventionFiled() {
        return filed(INVENTION_NUMBER, PatentType.INVENTION, FILED_ON, null, date(2037, 7, 19), date(2020, 7, 20));
    }

    static PatentFiled utilityModelFiled() {
        return filed(UTILITY_MODEL_NUMBER, PatentType.UTILITY_MODEL, date(2022, 3, 15), null, date(2032, 3, 14),
                null);
    }

    static PatentFiled designFiled() {
        return filed(DESIGN_NUMBER, PatentType.DESIGN, date(2021, 6, 1), null, date(2036, 5, 31), null);
    }

    static RequestCorrection requestCorrection(LocalDate on, LocalDate dueOn) {
        return new RequestCorrection(PATENT_ID, null, on, dueOn, "说明书附图不清晰");
    }

    static CorrectionRequested correctionRequested() {
        return new CorrectionRequested(PATENT_ID, date(2017, 8, 25), date(2017, 10, 25), "说明书附图不清晰");
    }

    static PassFormalExamination passFormalExamination(LocalDate on) {
        return new PassFormalExamination(PATENT_ID, null, on);
    }

    static FormalExaminationPassed formalExaminationPassed(LocalDate on) {
        return new FormalExaminationPassed(PATENT_ID, on);
    }

    static PublishApplication publish(LocalDate on) {
        return new PublishApplication(PATENT_ID, null, on, "CN107444867A");
    }

    static ApplicationPublished published(LocalDate on) {
        return new ApplicationPublished(PATENT_ID, on, "CN107444867A");
    }

    static RequestSubstantiveExamination requestSubstantiveExamination(LocalDate on) {
        return new RequestSubstantiveExamination(PATENT_ID, null, on);
    }

    static IssueOfficeAction issueOfficeAction(String officeActionId, LocalDate on, LocalDate dueOn) {
        return new IssueOfficeAction(PATENT_ID, null, officeActionId, on, dueOn, "权利要求1不具备创造性");
    }

    static OfficeActionIssued officeActionIssued(String officeActionId, LocalDate on, LocalDate dueOn) {
        return new OfficeActionIssued(PATENT_ID, officeActionId, on, dueOn, "权利要求1不具备创造性");
    }

    static AnswerOfficeAction answer(String officeActionId, LocalDate on) {
        return new AnswerOfficeAction(PATENT_ID, null, officeActionId, on, "修改权利要求1");
    }

    static OfficeActionAnswered answered(String officeActionId, LocalDate on) {
        return new OfficeActionAnswered(PATENT_ID, officeActionId, on, "修改权利要求1");
    }

    static GrantPatent grant(LocalDate on) {
        return new GrantPatent(PATENT_ID, null, on);
    }

    static PatentGranted granted(LocalDate on, int firstAnnualFeeYear) {
        return new PatentGranted(PATENT_ID, "ZL201710601862.3", on, firstAnnualFeeYear);
    }

    static RejectApplication reject(LocalDate on) {
        return new RejectApplication(PATENT_ID, null, on, "权利要求1不具备创造性");
    }

    static ApplicationRejected rejected(LocalDate on) {
        return new ApplicationRejected(PATENT_ID, on, "权利要求1不具备创造性", on.plusMonths(3));
    }

    static RequestReexamination requestReexamination(LocalDate on) {
        return new RequestReexamination(PATENT_ID, null, on);
    }

    static ReexaminationRequested reexaminationRequested(LocalDate on) {
        return new ReexaminationRequested(PATENT_ID, on);
    }

    static DecideReexamination decide(ReexaminationOutcome outcome, LocalDate on) {
        return new DecideReexamination(PATENT_ID, null, outcome, on, "合议组意见");
    }

    static WithdrawApplication withdraw(LocalDate on) {
        return new WithdrawApplication(PATENT_ID, null, on, "改为申请实用新型");
    }

    static DeemWithdrawn deemWithdrawn(LocalDate on) {
        return new DeemWithdrawn(PATENT_ID, null, on, "逾期未答复审查意见通知书");
    }

    static PayAnnualFee pay(int patentYear, String amount, LocalDate on) {
        return new PayAnnualFee(PATENT_ID, null, patentYear, Yuan.of(amount), on);
    }

    static AnnualFeePaid feePaid(int patentYear, LocalDate dueOn, LocalDate paidOn, String fee, int percent,
                                 String surcharge, String total) {
        return new AnnualFeePaid(PATENT_ID, patentYear, dueOn, paidOn, Yuan.of(fee), percent, Yuan.of(surcharge),
                Yuan.of(total));
    }

    static RecordLapse recordLapse(LocalDate on) {
        return new RecordLapse(PATENT_ID, null, on);
    }

    /** Year 5 (due 2021-07-20, grace to 2022-01-20) unpaid; notice of the lapse on 2022-02-15. */
    static PatentLapsed lapsedForYearFive() {
        return new PatentLapsed(PATENT_ID, 5, date(2021, 7, 20), date(2022, 1, 20), date(2022, 2, 15),
                date(2022, 4, 15));
    }

    static RestorePatent restore(LocalDate on, String amount) {
        return new RestorePatent(PATENT_ID, null, on, Yuan.of(amount), "财务人员变动，漏缴年费");
    }

    static TransferPatent transfer(List<String> newOwners, LocalDate on) {
        return new TransferPatent(PATENT_ID, null, newOwners, on);
    }

    static LicensePatent license(String licenceId, LicenceKind kind, LocalDate startsOn, LocalDate endsOn,
                                 String fee) {
        return new LicensePatent(PATENT_ID, null, licenceId, "吉安恒通机械有限公司", kind, startsOn, endsOn,
                Yuan.of(fee));
    }

    static PatentLicensed licensed(String licenceId, LicenceKind kind, LocalDate startsOn, LocalDate endsOn,
                                   String fee) {
        return new PatentLicensed(PATENT_ID, licenceId, "吉安恒通机械有限公司", kind, startsOn, endsOn, Yuan.of(fee));
    }

    static InvalidatePatent invalidate(InvalidationExtent extent, List<Integer> claims, LocalDate on) {
        return new InvalidatePatent(PATENT_ID, null, extent, claims, on, "不具备新颖性");
    }

    static RecordExpiry recordExpiry(LocalDate on) {
        return new RecordExpiry(PATENT_ID, null, on);
    }

    /** The invention formally examined after a correction. */
    static List<Object> inventionFormallyExamined() {
        return List.of(inventionFiled(), correctionRequested(), formalExaminationPassed(date(2017, 10, 20)));
    }

    static List<Object> inventionPublished() {
        return with(inventionFormallyExamined(), published(date(2018, 1, 19)));
    }

    static List<Object> inventionUnderSubstantiveExamination() {
        return with(inventionPublished(), new SubstantiveExaminationRequested(PATENT_ID, date(2018, 2, 1)));
    }

    /** The invention with office action oa-1 issued on 2018-11-02, to be answered by 2019-03-02. */
    static List<Object> inventionWithOfficeAction() {
        return with(inventionUnderSubstantiveExamination(),
                officeActionIssued("oa-1", date(2018, 11, 2), date(2019, 3, 2)));
    }

    static List<Object> inventionGranted() {
        return with(inventionWithOfficeAction(), answered("oa-1", date(2019, 2, 20)), granted(GRANTED_ON, 4));
    }

    /** The fee for year 4, the year of grant, paid with the registration on 2020-08-03. */
    static List<Object> inventionGrantedAndRegistered() {
        return with(inventionGranted(), feePaid(4, GRANTED_ON, date(2020, 8, 3), "1200", 0, "0", "1200"));
    }

    static List<Object> with(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    /** One of every command the patent handles, with dates that pass the date rules. */
    static Stream<Object> everyCommand() {
        return Stream.of(requestCorrection(date(2022, 3, 1), date(2022, 5, 1)),
                passFormalExamination(date(2022, 3, 1)), publish(date(2022, 3, 1)),
                requestSubstantiveExamination(date(2019, 3, 1)),
                issueOfficeAction("oa-9", date(2022, 3, 1), date(2022, 7, 1)), answer("oa-1", date(2022, 3, 1)),
                grant(date(2022, 3, 1)), reject(date(2022, 3, 1)), requestReexamination(date(2022, 3, 1)),
                decide(ReexaminationOutcome.OVERTURNED, date(2022, 3, 1)), deemWithdrawn(date(2022, 3, 1)),
                withdraw(date(2022, 3, 1)), pay(6, "1200", date(2022, 3, 1)), recordLapse(date(2022, 3, 1)),
                restore(date(2022, 3, 1), "1500"), transfer(List.of("明远重工集团有限公司"), date(2022, 3, 1)),
                license("l-9", LicenceKind.ORDINARY, date(2022, 3, 1), date(2023, 3, 1), "1000"),
                invalidate(InvalidationExtent.WHOLLY, List.of(), date(2022, 3, 1)),
                recordExpiry(date(2040, 1, 1)));
    }
}
