package org.innovationledger.api.achievement;

/** The grade of an award (奖励等级), highest first. */
public enum AwardGrade {
    /** 一等奖 */
    FIRST,
    /** 二等奖 */
    SECOND,
    /** 三等奖 */
    THIRD,
    /** 优秀奖 */
    EXCELLENCE
}
