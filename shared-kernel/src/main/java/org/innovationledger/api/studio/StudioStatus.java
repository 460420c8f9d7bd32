package org.innovationledger.api.studio;

/** Where a studio stands. */
public enum StudioStatus {
    /** 正常 */
    ACTIVE,
    /** 暂停: suspended until reinstated */
    SUSPENDED,
    /** 摘牌: the name is revoked; final */
    REVOKED
}
