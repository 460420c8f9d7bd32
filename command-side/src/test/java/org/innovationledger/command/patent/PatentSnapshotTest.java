package org.innovationledger.command.patent;

import org.innovationledger.api.patent.PatentTransferred;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.patent.RejectionOverturned;
import org.innovationledger.api.patent.SubstantiveExaminationRequested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.api.patent.LicenceKind.EXCLUSIVE;
import static org.innovationledger.command.patent.PatentExamples.*;
import static org.innovationledger.command.testing.SnapshotRoundTrip.fromJson;
import static org.innovationledger.command.testing.SnapshotRoundTrip.snapshotOf;
import static org.innovationledger.command.testing.SnapshotRoundTrip.toJson;

class PatentSnapshotTest {

    @Test
    void snapshotSurvivesJsonRoundTrip() {
        Patent patent = snapshotOf(Patent.class, PATENT_ID,
                filed(INVENTION_NUMBER, PatentType.INVENTION, FILED_ON, date(2016, 9, 12), date(2037, 7, 19),
                        date(2019, 9, 12)),
                correctionRequested(),
                formalExaminationPassed(date(2017, 10, 20)),
                published(date(2018, 1, 19)),
                new SubstantiveExaminationRequested(PATENT_ID, date(2018, 2, 1)),
                officeActionIssued("oa-1", date(2018, 11, 2), date(2019, 3, 2)),
                answered("oa-1", date(2019, 2, 20)),
                rejected(date(2019, 11, 29)),
                reexaminationRequested(date(2020, 1, 6)),
                new RejectionOverturned(PATENT_ID, date(2020, 6, 18), "合议组意见"),
                granted(GRANTED_ON, 4),
                feePaid(4, GRANTED_ON, date(2020, 8, 3), "1200", 0, "0", "1200"),
                licensed("l-1", EXCLUSIVE, date(2021, 1, 1), date(2025, 12, 31), "150000.00"),
                new PatentTransferred(PATENT_ID, APPLICANTS, List.of("明远重工集团有限公司"), date(2021, 3, 1)),
                lapsedForYearFive());

        String json = toJson(patent);

        assertThat(patent).hasNoNullFieldsOrProperties();
        assertThat(json).isNotEqualTo("{}")
                        .contains(PATENT_ID, "\"201710601862.3\"", "\"INVENTION\"", "\"LAPSED\"",
                                "\"UNDER_SUBSTANTIVE_EXAMINATION\"", "\"oa-1\"", "\"answered\":true",
                                "\"paidYears\":[4]", "\"EXCLUSIVE\"", "明远重工集团有限公司",
                                "\"restorableUntil\":\"2022-04-15\"");
        assertThat(fromJson(json, Patent.class)).usingRecursiveComparison().isEqualTo(patent);
    }
}
