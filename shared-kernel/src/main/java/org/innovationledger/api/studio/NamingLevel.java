package org.innovationledger.api.studio;

/** The level at which a studio is named (命名级别), lowest first. */
public enum NamingLevel {
    /** 企业级 */
    ENTERPRISE,
    /** 县级 */
    COUNTY,
    /** 市级 (or industry level, 产业级) */
    MUNICIPAL,
    /** 省级 */
    PROVINCIAL,
    /** 全国 */
    NATIONAL;

    public boolean isHigherThan(NamingLevel other) {
        return compareTo(other) > 0;
    }
}
