package org.innovationledger.query.patent;

import org.innovationledger.api.patent.PatentFiled;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.query.testsupport.Timeline;

import java.time.LocalDate;

import static org.innovationledger.query.patent.PatentExamples.*;

/**
 * Three studios and thirteen patents in every state that matters to the deadline calendar, seen on
 * {@link #ON} = 2025-06-01:
 * <pre>
 * studio      patent               type           state on 2025-06-01
 * s-anfu      p-fee-soon           utility model  granted; year 5 fee (900) due 2025-06-11
 * (360829,    p-in-grace           invention      granted; year 11 fee (4000) due 2025-03-20, unpaid: month 3 of
 *  赣鄱矿业)                                       grace (+10 %: 4400.00); year 12 due 2026-03-20
 *             p-lapsed             design         lapsed 2025-04-15 for year 5; restorable until 2025-06-15
 *             p-grace-lost         utility model  granted; year 3 fee due 2024-09-01 unpaid, grace ended 2025-03-01
 *             p-expiring           utility model  granted 2016, all fees paid; term ends 2025-06-30
 * s-jian      p-published          invention      published; substantive examination due 2025-08-15
 * (360802,    p-rejected           invention      rejected 2025-04-10; re-examination until 2025-07-10
 *  吉安重工)    p-office-action      invention      under examination; oa-1 answered, oa-2 due 2025-06-25
 *             p-correction         utility model  correction asked, due 2025-06-20
 *             p-withdrawn          invention      withdrawn: nothing
 *             p-expired            utility model  expired: nothing
 *             p-rejected-long-ago  invention      rejected 2024-01-10, window closed: nothing
 * s-shenzhen  p-shenzhen           utility model  granted; year 6 fee due 2025-06-20
 * (440305, 鹏城精密)
 * </pre>
 * Granted in: p-fee-soon 2022, p-in-grace 2019, p-lapsed 2020, p-grace-lost 2023, p-expiring 2016, p-expired
 * 2014, p-shenzhen 2021.
 */
final class PatentPortfolio {

    static final LocalDate ON = LocalDate.of(2025, 6, 1);

    static final String ANFU = "s-anfu";
    static final String JIAN = "s-jian";
    static final String SHENZHEN = "s-shenzhen";
    static final String ANFU_NAME = "李建华劳模创新工作室";
    static final String JIAN_NAME = "周敏工匠人才创新工作室";
    static final String SHENZHEN_NAME = "赵强职工创新工作室";

    static final PatentFiled FEE_SOON = filed("p-fee-soon", ANFU, PatentType.UTILITY_MODEL, 1001,
                                              "一种矿用提升机制动闸瓦", LocalDate.of(2021, 6, 11));
    static final PatentFiled IN_GRACE = filed("p-in-grace", ANFU, PatentType.INVENTION, 1002,
                                              "一种带式输送机自动纠偏装置", LocalDate.of(2015, 3, 20));
    static final PatentFiled LAPSED = filed("p-lapsed", ANFU, PatentType.DESIGN, 1003, "矿灯充电架",
                                            LocalDate.of(2020, 4, 1));
    static final PatentFiled GRACE_LOST = filed("p-grace-lost", ANFU, PatentType.UTILITY_MODEL, 1004,
                                                "一种井下排水泵防堵吸水口", LocalDate.of(2022, 9, 1));
    static final PatentFiled EXPIRING = filed("p-expiring", ANFU, PatentType.UTILITY_MODEL, 1005,
                                              "一种刮板输送机链条张紧器", LocalDate.of(2015, 7, 1));
    static final PatentFiled PUBLISHED = filed("p-published", JIAN, PatentType.INVENTION, 2001,
                                               "一种大型铸件退火工艺", LocalDate.of(2022, 8, 15));
    static final PatentFiled REJECTED = filed("p-rejected", JIAN, PatentType.INVENTION, 2002,
                                              "一种齿轮箱在线监测方法", LocalDate.of(2020, 5, 6));
    static final PatentFiled OFFICE_ACTION = filed("p-office-action", JIAN, PatentType.INVENTION, 2003,
                                                   "一种焊缝缺陷识别方法", LocalDate.of(2021, 11, 11));
    static final PatentFiled CORRECTION = filed("p-correction", JIAN, PatentType.UTILITY_MODEL, 2004,
                                                "一种行车防摇摆吊具", LocalDate.of(2025, 3, 3));
    static final PatentFiled WITHDRAWN = filed("p-withdrawn", JIAN, PatentType.INVENTION, 2005,
                                               "一种轴承座快速拆装方法", LocalDate.of(2023, 1, 5));
    static final PatentFiled EXPIRED = filed("p-expired", JIAN, PatentType.UTILITY_MODEL, 2006,
                                             "一种液压支架立柱密封圈", LocalDate.of(2014, 5, 5));
    static final PatentFiled REJECTED_LONG_AGO = filed("p-rejected-long-ago", JIAN, PatentType.INVENTION, 2007,
                                                       "一种钢水测温探头", LocalDate.of(2019, 2, 2));
    static final PatentFiled IN_SHENZHEN = filed("p-shenzhen", SHENZHEN, PatentType.UTILITY_MODEL, 3001,
                                                 "一种数控车床快换刀夹", LocalDate.of(2020, 6, 20));

    static final LocalDate FEE_SOON_GRANTED = LocalDate.of(2022, 3, 15);
    static final LocalDate IN_GRACE_GRANTED = LocalDate.of(2019, 1, 10);
    static final LocalDate LAPSED_GRANTED = LocalDate.of(2020, 12, 1);
    static final LocalDate GRACE_LOST_GRANTED = LocalDate.of(2023, 5, 10);
    static final LocalDate EXPIRING_GRANTED = LocalDate.of(2016, 3, 1);
    static final LocalDate EXPIRED_GRANTED = LocalDate.of(2014, 12, 1);
    static final LocalDate SHENZHEN_GRANTED = LocalDate.of(2021, 1, 5);

    private PatentPortfolio() {
    }

    static Timeline timeline() {
        Timeline timeline = new Timeline()
                .add(studio(ANFU, ANFU_NAME, GANPO, "360829"),
                     studio(JIAN, JIAN_NAME, JIAN_HEAVY, "360802"),
                     studio(SHENZHEN, SHENZHEN_NAME, PENGCHENG, "440305"));
        timeline.by("studio-lead-anfu")
                .addAll(grantedPatent(FEE_SOON, FEE_SOON_GRANTED, 4))
                .addAll(grantedPatent(IN_GRACE, IN_GRACE_GRANTED, 10))
                .addAll(grantedPatent(LAPSED, LAPSED_GRANTED, 4))
                .add(lapsed(LAPSED, LAPSED_GRANTED, 5, LocalDate.of(2025, 4, 15)))
                .addAll(grantedPatent(GRACE_LOST, GRACE_LOST_GRANTED, 2))
                .addAll(grantedPatent(EXPIRING, EXPIRING_GRANTED, 10));
        timeline.by("studio-lead-jian")
                .add(PUBLISHED, formallyExamined(PUBLISHED.patentId(), LocalDate.of(2022, 10, 1)),
                     published(PUBLISHED.patentId(), LocalDate.of(2024, 2, 16)))
                .add(REJECTED, formallyExamined(REJECTED.patentId(), LocalDate.of(2020, 7, 1)),
                     published(REJECTED.patentId(), LocalDate.of(2021, 11, 5)),
                     examinationRequested(REJECTED.patentId(), LocalDate.of(2021, 12, 1)),
                     rejected(REJECTED.patentId(), LocalDate.of(2025, 4, 10)))
                .add(OFFICE_ACTION, formallyExamined(OFFICE_ACTION.patentId(), LocalDate.of(2022, 1, 5)),
                     published(OFFICE_ACTION.patentId(), LocalDate.of(2023, 5, 12)),
                     examinationRequested(OFFICE_ACTION.patentId(), LocalDate.of(2023, 6, 1)),
                     officeAction(OFFICE_ACTION.patentId(), "oa-1", LocalDate.of(2024, 10, 8),
                                  LocalDate.of(2025, 2, 8)),
                     answered(OFFICE_ACTION.patentId(), "oa-1", LocalDate.of(2025, 1, 20)),
                     officeAction(OFFICE_ACTION.patentId(), "oa-2", LocalDate.of(2025, 4, 25),
                                  LocalDate.of(2025, 6, 25)))
                .add(CORRECTION, correctionRequested(CORRECTION.patentId(), LocalDate.of(2025, 4, 20),
                                                     LocalDate.of(2025, 6, 20)))
                .add(WITHDRAWN, withdrawn(WITHDRAWN.patentId(), LocalDate.of(2023, 6, 1)))
                .addAll(grantedPatent(EXPIRED, EXPIRED_GRANTED, 10))
                .add(expired(EXPIRED, LocalDate.of(2024, 5, 10)))
                .add(REJECTED_LONG_AGO, formallyExamined(REJECTED_LONG_AGO.patentId(), LocalDate.of(2019, 4, 1)),
                     rejected(REJECTED_LONG_AGO.patentId(), LocalDate.of(2024, 1, 10)));
        timeline.by("studio-lead-shenzhen")
                .addAll(grantedPatent(IN_SHENZHEN, SHENZHEN_GRANTED, 5));
        return timeline;
    }
}
