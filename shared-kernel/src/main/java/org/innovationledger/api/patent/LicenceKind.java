package org.innovationledger.api.patent;

/** The kinds of patent licence (专利实施许可) recorded in Chinese licence contracts. */
public enum LicenceKind {
    /** 独占许可: only the licensee may work the patent, not even the patentee. */
    EXCLUSIVE,
    /** 排他许可: the licensee and the patentee may work it; nobody else may be licensed. */
    SOLE,
    /** 普通许可: the patentee may license others too. */
    ORDINARY;

    /** Whether licences of these two kinds may not run at the same time: only ordinary licences share a period. */
    public boolean excludes(LicenceKind other) {
        return this != ORDINARY || other != ORDINARY;
    }
}
