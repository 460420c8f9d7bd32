package org.innovationledger.api.rating;

/**
 * What a rating item counts for a studio in the rated year (评分依据). Each basis names the facts of the event stream
 * it counts; a {@link RatingItem} narrows them with the parameters its basis allows.
 */
public enum RatingBasis {
    /** Awards recorded on the studio's achievements, dated in the year; by award level and grade (获奖). */
    AWARD,
    /** The studio's patents granted in the year; by patent type (授权专利). */
    PATENT_GRANTED,
    /** The studio's patent applications filed in the year; by patent type (专利申请). */
    PATENT_FILED,
    /** The studio's achievements accepted in the year; by category (成果). */
    ACHIEVEMENT_ACCEPTED,
    /** Adoptions elsewhere of the studio's achievements, recorded in the year (推广应用). */
    ACHIEVEMENT_ADOPTED,
    /** Once if the savings verified for the year's periods fall within [minYuan, maxYuan) (经济效益档次). */
    VERIFIED_SAVINGS_BAND,
    /** Members on the last day of the year (团队规模). */
    MEMBERS,
    /** Apprentices among the members on the last day of the year (带徒). */
    APPRENTICES,
    /** Technical challenges solved in the year (技术攻关). */
    CHALLENGES_SOLVED,
    /**
     * Once if, of the funding granted up to the last day of the year, less than {@code belowPercent} was spent by
     * then (经费使用率); usually a deduction.
     */
    FUNDING_USED_BELOW
}
