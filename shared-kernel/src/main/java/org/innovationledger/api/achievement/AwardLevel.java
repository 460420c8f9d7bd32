package org.innovationledger.api.achievement;

/** The level of the body that gives an award (奖励级别), lowest first. */
public enum AwardLevel {
    /** 企业级 */
    ENTERPRISE,
    /** 县级 */
    COUNTY,
    /** 市级 (or industry level, 行业级) */
    MUNICIPAL,
    /** 省级 */
    PROVINCIAL,
    /** 国家级 */
    NATIONAL
}
