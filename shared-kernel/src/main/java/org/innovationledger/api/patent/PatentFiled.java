package org.innovationledger.api.patent;

import java.time.LocalDate;
import java.util.List;

/**
 * A patent application was filed (专利申请受理). {@code priorityDate} is null without a priority claim
 * (优先权); {@code substantiveExaminationDueOn}, the last day to request substantive examination, is null except for
 * an invention; {@code termEndsOn} is the last day of the term (期限届满日) the patent will have once granted.
 */
public record PatentFiled(
        String patentId,
        String studioId,
        ApplicationNumber applicationNumber,
        PatentType type,
        String title,
        LocalDate filedOn,
        LocalDate priorityDate,
        List<String> applicants,
        List<String> inventors,
        List<String> achievementIds,
        LocalDate termEndsOn,
        LocalDate substantiveExaminationDueOn
) implements PatentEvent {
}
