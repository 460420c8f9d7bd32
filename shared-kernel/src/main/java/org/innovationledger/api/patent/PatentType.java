package org.innovationledger.api.patent;

/** The three kinds of Chinese patent (专利类型). */
public enum PatentType {
    /** 发明: published, then examined substantively on request; 20 years from filing. */
    INVENTION,
    /** 实用新型: granted after formal examination; 10 years from filing. */
    UTILITY_MODEL,
    /** 外观设计: granted after formal examination; 15 years from filing (10 if filed before 2021-06-01). */
    DESIGN;

    /** Only inventions are published (公布) and examined substantively (实质审查). */
    public boolean isExaminedSubstantively() {
        return this == INVENTION;
    }
}
