package org.innovationledger.api.achievement;

/** The five "smalls" (五小) an achievement can be. */
public enum AchievementCategory {
    /** 小发明 */
    SMALL_INVENTION,
    /** 小创造 */
    SMALL_CREATION,
    /** 小革新 */
    SMALL_INNOVATION,
    /** 小设计 */
    SMALL_DESIGN,
    /** 小建议 */
    SMALL_SUGGESTION
}
