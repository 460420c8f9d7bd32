package org.innovationledger.command.rating;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.innovationledger.api.achievement.AwardGrade;
import org.innovationledger.api.achievement.AwardLevel;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.rating.IssueRatingPolicy;
import org.innovationledger.api.rating.RatingBasis;
import org.innovationledger.api.rating.RatingItem;
import org.innovationledger.api.rating.RatingPolicyIssued;
import org.innovationledger.api.studio.NamingLevel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The default policy file reads (no unknown field) and passes every rule a policy must. */
class DefaultRatingPolicyTest {

    private final IssueRatingPolicy command = DefaultRatingPolicy.command(DefaultRatingPolicy.read(
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()));

    @Test
    void defaultPolicyPassesThePolicyRules() {
        new AggregateTestFixture<>(RatingPolicy.class)
                .givenNoPriorActivity()
                .when(command)
                .expectEvents(new RatingPolicyIssued("default", command.name(), command.issuer(), 1,
                        command.rules(), "system"));
    }

    @Test
    void defaultPolicyIsTheNationalSheet() {
        assertThat(command.name()).isEqualTo("职工创新工作室星级评定办法（默认）");
        assertThat(command.issuer().level()).isEqualTo(NamingLevel.NATIONAL);
        assertThat(command.issuer().region()).isNull();
        assertThat(command.rules().effectiveYear()).isEqualTo(2020);
        assertThat(command.rules().starThresholds()).extracting(BigDecimal::intValueExact)
                                                    .containsExactly(10, 25, 45, 70, 100);
        assertThat(command.rules().items()).hasSize(19).extracting(RatingItem::code).doesNotHaveDuplicates();
        assertThat(command.rules().items()).contains(
                new RatingItem("award-national", "全国级奖项", RatingBasis.AWARD, AwardLevel.NATIONAL, null, null, null,
                        null, null, null, new BigDecimal("20"), new BigDecimal("40")),
                new RatingItem("award-first-grade", "一等奖加分", RatingBasis.AWARD, null, AwardGrade.FIRST, null, null,
                        null, null, null, new BigDecimal("3"), new BigDecimal("9")),
                new RatingItem("patent-invention-granted", "授权发明专利", RatingBasis.PATENT_GRANTED, null, null,
                        PatentType.INVENTION, null, null, null, null, new BigDecimal("10"), new BigDecimal("30")),
                new RatingItem("savings-100k", "年度核实效益10万至50万元", RatingBasis.VERIFIED_SAVINGS_BAND, null, null,
                        null, null, Yuan.of(100000), Yuan.of(500000), null, new BigDecimal("8"), null),
                new RatingItem("members", "团队成员", RatingBasis.MEMBERS, null, null, null, null, null, null, null,
                        new BigDecimal("0.5"), new BigDecimal("10")),
                new RatingItem("funding-unused", "经费使用率不足50%扣分", RatingBasis.FUNDING_USED_BELOW, null, null, null,
                        null, null, null, 50, new BigDecimal("-5"), null));
    }
}
