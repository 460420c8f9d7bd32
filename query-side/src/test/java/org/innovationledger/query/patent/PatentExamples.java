package org.innovationledger.query.patent;

import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.AmountDue;
import org.innovationledger.api.patent.AnnualFee;
import org.innovationledger.api.patent.AnnualFeePaid;
import org.innovationledger.api.patent.AnnualFees;
import org.innovationledger.api.patent.ApplicationDeemedWithdrawn;
import org.innovationledger.api.patent.ApplicationNumber;
import org.innovationledger.api.patent.ApplicationPublished;
import org.innovationledger.api.patent.ApplicationRejected;
import org.innovationledger.api.patent.ApplicationWithdrawn;
import org.innovationledger.api.patent.CorrectionRequested;
import org.innovationledger.api.patent.FormalExaminationPassed;
import org.innovationledger.api.patent.InvalidationExtent;
import org.innovationledger.api.patent.LicenceKind;
import org.innovationledger.api.patent.OfficeActionAnswered;
import org.innovationledger.api.patent.OfficeActionIssued;
import org.innovationledger.api.patent.PatentCalendar;
import org.innovationledger.api.patent.PatentExpired;
import org.innovationledger.api.patent.PatentFiled;
import org.innovationledger.api.patent.PatentGranted;
import org.innovationledger.api.patent.PatentInvalidated;
import org.innovationledger.api.patent.PatentLapsed;
import org.innovationledger.api.patent.PatentLicensed;
import org.innovationledger.api.patent.PatentRestored;
import org.innovationledger.api.patent.PatentTransferred;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.patent.ReexaminationRequested;
import org.innovationledger.api.patent.RejectionOverturned;
import org.innovationledger.api.patent.RejectionUpheld;
import org.innovationledger.api.patent.SubstantiveExaminationRequested;
import org.innovationledger.api.studio.Leader;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioProfileUpdated;
import org.innovationledger.api.studio.StudioRegistered;
import org.innovationledger.query.testsupport.Timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Patent and studio events with invented but plausible content (no real person's name), and whole paths of
 * patents. Every date and amount of a fee comes from the shared rules ({@link AnnualFees}, {@link PatentCalendar}).
 */
final class PatentExamples {

    static final String GANPO = "赣鄱矿业有限公司";
    static final String JIAN_HEAVY = "吉安重工有限公司";
    static final String PENGCHENG = "鹏城精密制造有限公司";

    private PatentExamples() {
    }

    static StudioRegistered studio(String studioId, String name, String enterprise, String region) {
        return new StudioRegistered(studioId, name, StudioKind.MODEL_WORKER, NamingLevel.COUNTY, enterprise,
                                    new RegionCode(region), "县总工会", new Leader("李建华", "全国劳动模范"),
                                    LocalDate.of(2015, 5, 1), "井下采掘设备的革新与维修");
    }

    static StudioProfileUpdated studioUpdated(String studioId, String name, String enterprise, String region) {
        return new StudioProfileUpdated(studioId, name, enterprise, new RegionCode(region), "采掘与提升设备");
    }

    /** A valid application number: year, type digit, serial and the check character the rule computes. */
    static ApplicationNumber number(int year, PatentType type, int serial) {
        char typeDigit = switch (type) {
            case INVENTION -> '1';
            case UTILITY_MODEL -> '2';
            case DESIGN -> '3';
        };
        String digits = String.format("%04d%c%07d", year, typeDigit, serial);
        return new ApplicationNumber(digits + "." + ApplicationNumber.checkCharacter(digits));
    }

    static PatentFiled filed(String patentId, String studioId, PatentType type, int serial, String title,
                             LocalDate filedOn) {
        return new PatentFiled(patentId, studioId, number(filedOn.getYear(), type, serial), type, title, filedOn,
                               null, List.of(GANPO), List.of("李建华", "王小明"), List.of("a-" + serial),
                               PatentCalendar.termEndsOn(type, filedOn),
                               type.isExaminedSubstantively()
                                       ? PatentCalendar.substantiveExaminationDueOn(filedOn, null) : null);
    }

    static FormalExaminationPassed formallyExamined(String patentId, LocalDate on) {
        return new FormalExaminationPassed(patentId, on);
    }

    static CorrectionRequested correctionRequested(String patentId, LocalDate on, LocalDate dueOn) {
        return new CorrectionRequested(patentId, on, dueOn, "说明书附图不清晰");
    }

    static ApplicationPublished published(String patentId, LocalDate on) {
        return new ApplicationPublished(patentId, on, "CN" + on.getYear() + "0000001A");
    }

    static SubstantiveExaminationRequested examinationRequested(String patentId, LocalDate on) {
        return new SubstantiveExaminationRequested(patentId, on);
    }

    static OfficeActionIssued officeAction(String patentId, String officeActionId, LocalDate on, LocalDate dueOn) {
        return new OfficeActionIssued(patentId, officeActionId, on, dueOn, "权利要求1不具备创造性");
    }

    static OfficeActionAnswered answered(String patentId, String officeActionId, LocalDate on) {
        return new OfficeActionAnswered(patentId, officeActionId, on, "修改权利要求1，增加纠偏辊特征");
    }

    static PatentGranted granted(PatentFiled filing, LocalDate on) {
        return new PatentGranted(filing.patentId(), filing.applicationNumber().patentNumber(), on,
                                 AnnualFees.firstYearOwed(filing.filedOn(), on));
    }

    static ApplicationRejected rejected(String patentId, LocalDate on) {
        return new ApplicationRejected(patentId, on, "权利要求1不具备创造性", PatentCalendar.reexaminationDueOn(on));
    }

    static ReexaminationRequested reexaminationRequested(String patentId, LocalDate on) {
        return new ReexaminationRequested(patentId, on);
    }

    static RejectionOverturned overturned(String patentId, LocalDate on) {
        return new RejectionOverturned(patentId, on, "修改后的权利要求具备创造性");
    }

    static RejectionUpheld upheld(String patentId, LocalDate on) {
        return new RejectionUpheld(patentId, on, "修改后的权利要求仍不具备创造性");
    }

    static ApplicationWithdrawn withdrawn(String patentId, LocalDate on) {
        return new ApplicationWithdrawn(patentId, on, "改为申请实用新型");
    }

    static ApplicationDeemedWithdrawn deemedWithdrawn(String patentId, LocalDate on) {
        return new ApplicationDeemedWithdrawn(patentId, on, "逾期未答复审查意见通知书");
    }

    /** The fee for a patent year paid on a day, with the surcharge the rules give for that day. */
    static AnnualFeePaid feePaid(PatentFiled filing, LocalDate grantedOn, int year, LocalDate paidOn) {
        AnnualFee fee = AnnualFees.owed(filing.type(), filing.filedOn(), grantedOn, year).orElseThrow();
        AmountDue due = fee.amountDueOn(paidOn).orElseThrow();
        return new AnnualFeePaid(filing.patentId(), year, fee.dueOn(), paidOn, due.fee(), due.surchargePercent(),
                                 due.surcharge(), due.total());
    }

    /** The fees of the years from the year of grant to {@code lastYear}, each paid on its due date. */
    static List<AnnualFeePaid> feesPaidThrough(PatentFiled filing, LocalDate grantedOn, int lastYear) {
        List<AnnualFeePaid> payments = new ArrayList<>();
        for (int year = AnnualFees.firstYearOwed(filing.filedOn(), grantedOn); year <= lastYear; year++) {
            LocalDate dueOn = AnnualFees.owed(filing.type(), filing.filedOn(), grantedOn, year).orElseThrow().dueOn();
            payments.add(feePaid(filing, grantedOn, year, dueOn));
        }
        return payments;
    }

    /** The lapse for the unpaid fee of a year, noticed on {@code lapsedOn}, restorable for two months. */
    static PatentLapsed lapsed(PatentFiled filing, LocalDate grantedOn, int year, LocalDate lapsedOn) {
        AnnualFee fee = AnnualFees.owed(filing.type(), filing.filedOn(), grantedOn, year).orElseThrow();
        return new PatentLapsed(filing.patentId(), year, fee.dueOn(), fee.graceEndsOn(), lapsedOn,
                                PatentCalendar.restorationDueOn(lapsedOn));
    }

    static PatentRestored restored(String patentId, int year, LocalDate on) {
        return new PatentRestored(patentId, year, on, "财务人员变动，漏缴年费");
    }

    /** The fee paid with a restoration, as the command side records it: with the full surcharge. */
    static AnnualFeePaid feePaidOnRestoration(PatentFiled filing, LocalDate grantedOn, int year, LocalDate on) {
        AnnualFee fee = AnnualFees.owed(filing.type(), filing.filedOn(), grantedOn, year).orElseThrow();
        AmountDue due = fee.amountDueOnRestoration();
        return new AnnualFeePaid(filing.patentId(), year, fee.dueOn(), on, due.fee(), due.surchargePercent(),
                                 due.surcharge(), due.total());
    }

    static PatentTransferred transferred(String patentId, List<String> from, List<String> to, LocalDate on) {
        return new PatentTransferred(patentId, from, to, on);
    }

    static PatentLicensed licensed(String patentId, String licenceId, LocalDate from, LocalDate to, String fee) {
        return new PatentLicensed(patentId, licenceId, "吉安恒通机械有限公司", LicenceKind.ORDINARY, from, to,
                                  Yuan.of(fee));
    }

    static PatentInvalidated partlyInvalidated(String patentId, LocalDate on) {
        return new PatentInvalidated(patentId, InvalidationExtent.PARTLY, List.of(1, 3), on, "权利要求1、3不具备新颖性");
    }

    static PatentInvalidated whollyInvalidated(String patentId, LocalDate on) {
        return new PatentInvalidated(patentId, InvalidationExtent.WHOLLY, List.of(), on, "全部权利要求不具备新颖性");
    }

    static PatentExpired expired(PatentFiled filing, LocalDate recordedOn) {
        return new PatentExpired(filing.patentId(), filing.termEndsOn(), recordedOn);
    }

    /**
     * A patent from filing to grant, with the fees of the years up to {@code paidThroughYear} paid on their due
     * dates (none when it is below the year of grant). An invention is published and examined on request first.
     */
    static List<Object> grantedPatent(PatentFiled filing, LocalDate grantedOn, int paidThroughYear) {
        List<Object> events = new ArrayList<>();
        events.add(filing);
        LocalDate filedOn = filing.filedOn();
        events.add(formallyExamined(filing.patentId(), filedOn.plusMonths(2)));
        if (filing.type().isExaminedSubstantively()) {
            events.add(published(filing.patentId(), filedOn.plusMonths(6)));
            events.add(examinationRequested(filing.patentId(), filedOn.plusMonths(7)));
        }
        events.add(granted(filing, grantedOn));
        events.addAll(feesPaidThrough(filing, grantedOn, paidThroughYear));
        return events;
    }

    static final PatentFiled RICH = filed("p-rich", "s-1", PatentType.INVENTION, 601862, "一种带式输送机自动纠偏装置",
                                          LocalDate.of(2017, 7, 20));
    static final LocalDate RICH_GRANTED = LocalDate.of(2020, 9, 25);
    static final PatentFiled UPHELD = filed("p-upheld", "s-2", PatentType.INVENTION, 178947, "一种钢丝绳探伤方法",
                                            LocalDate.of(2019, 3, 4));
    static final PatentFiled DESIGN = filed("p-design", "s-late", PatentType.DESIGN, 55501, "矿用头灯外壳",
                                            LocalDate.of(2022, 1, 10));

    /**
     * Four studios' worth of events with one patent event of every kind, patent and studio events interleaved:
     * p-rich walks the whole path (correction, office action, rejection overturned, grant, fees, lapse and
     * restoration, transfer, licence, partial invalidation, expiry); p-upheld is finally rejected; p-design is
     * filed before its studio is registered and then wholly invalidated; p-withdrawn and p-deemed end early. Studio
     * s-1 is renamed and moves after its patent was filed.
     */
    static Timeline richTimeline() {
        String rich = RICH.patentId();
        return new Timeline()
                .add(studio("s-1", "李建华劳模创新工作室", GANPO, "360829"),
                     studio("s-2", "周敏工匠人才创新工作室", JIAN_HEAVY, "360802"))
                .by("studio-lead-1")
                .add(RICH,
                     correctionRequested(rich, LocalDate.of(2017, 9, 1), LocalDate.of(2017, 11, 1)),
                     formallyExamined(rich, LocalDate.of(2017, 10, 20)),
                     published(rich, LocalDate.of(2017, 12, 8)),
                     examinationRequested(rich, LocalDate.of(2018, 1, 5)),
                     officeAction(rich, "oa-1", LocalDate.of(2018, 11, 2), LocalDate.of(2019, 3, 2)),
                     UPHELD,
                     answered(rich, "oa-1", LocalDate.of(2019, 2, 20)),
                     DESIGN,
                     rejected(rich, LocalDate.of(2019, 8, 9)),
                     reexaminationRequested(rich, LocalDate.of(2019, 10, 30)),
                     overturned(rich, LocalDate.of(2020, 6, 18)),
                     studioUpdated("s-1", "李建华劳模创新工作室（采掘）", GANPO + "（集团）", "360802"),
                     granted(RICH, RICH_GRANTED),
                     feePaid(RICH, RICH_GRANTED, 4, RICH_GRANTED),
                     feePaid(RICH, RICH_GRANTED, 5, LocalDate.of(2021, 9, 3)),
                     rejected(UPHELD.patentId(), LocalDate.of(2021, 2, 1)),
                     reexaminationRequested(UPHELD.patentId(), LocalDate.of(2021, 3, 1)),
                     upheld(UPHELD.patentId(), LocalDate.of(2021, 12, 1)),
                     lapsed(RICH, RICH_GRANTED, 6, LocalDate.of(2023, 3, 1)),
                     studio("s-late", "赵强职工创新工作室", PENGCHENG, "440305"),
                     restored(rich, 6, LocalDate.of(2023, 4, 10)),
                     feePaidOnRestoration(RICH, RICH_GRANTED, 6, LocalDate.of(2023, 4, 10)),
                     transferred(rich, List.of(GANPO), List.of("赣鄱矿业集团有限公司"), LocalDate.of(2023, 6, 1)),
                     licensed(rich, "l-1", LocalDate.of(2023, 7, 1), LocalDate.of(2026, 6, 30), "150000.00"),
                     feePaid(RICH, RICH_GRANTED, 7, LocalDate.of(2023, 7, 20)),
                     formallyExamined(DESIGN.patentId(), LocalDate.of(2022, 3, 1)),
                     granted(DESIGN, LocalDate.of(2022, 6, 1)),
                     partlyInvalidated(rich, LocalDate.of(2024, 5, 16)),
                     whollyInvalidated(DESIGN.patentId(), LocalDate.of(2024, 6, 1)),
                     filed("p-withdrawn", "s-2", PatentType.UTILITY_MODEL, 7001, "一种托辊更换工具",
                           LocalDate.of(2023, 2, 2)),
                     withdrawn("p-withdrawn", LocalDate.of(2023, 3, 3)),
                     filed("p-deemed", "s-1", PatentType.INVENTION, 7002, "一种风门自动闭锁方法",
                           LocalDate.of(2020, 2, 2)),
                     deemedWithdrawn("p-deemed", LocalDate.of(2023, 2, 3)),
                     expired(RICH, LocalDate.of(2037, 7, 20)));
    }
}
