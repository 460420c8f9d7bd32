package org.innovationledger.api.patent;

/** How much of a patent an invalidation decision (无效宣告) struck down. */
public enum InvalidationExtent {
    /** 全部无效: the whole patent; it ends. */
    WHOLLY,
    /** 部分无效: some claims; the patent stays in force with the rest. */
    PARTLY
}
