package org.innovationledger.api.patent;

import java.util.EnumSet;
import java.util.Set;

/** Where a patent application or patent stands (法律状态), in the order of the path. */
public enum PatentStatus {
    /** 已受理: filed, awaiting formal examination. */
    FILED,
    /** 补正: the office asked for a correction during formal examination. */
    CORRECTION_REQUESTED,
    /** 初审合格: formal examination passed; an invention awaits publication, the others grant. */
    FORMALLY_EXAMINED,
    /** 已公布: an invention published, awaiting the request for substantive examination. */
    PUBLISHED,
    /** 实审中: an invention under substantive examination. */
    UNDER_SUBSTANTIVE_EXAMINATION,
    /** 驳回: rejected; re-examination may be requested within three months. */
    REJECTED,
    /** 复审中: re-examination of a rejection requested. */
    UNDER_REEXAMINATION,
    /** 授权: granted and in force. */
    GRANTED,
    /** 未缴年费终止: lapsed for an unpaid annual fee; restorable within two months. */
    LAPSED,
    /** 撤回: withdrawn by the applicant; final. */
    WITHDRAWN,
    /** 视为撤回: deemed withdrawn by the office; final. */
    DEEMED_WITHDRAWN,
    /** 驳回维持: the rejection was upheld on re-examination; final. */
    FINALLY_REJECTED,
    /** 全部无效: invalidated in whole; final. */
    INVALIDATED,
    /** 期限届满终止: the term ended; final. */
    EXPIRED;

    private static final Set<PatentStatus> PENDING = EnumSet.of(FILED, CORRECTION_REQUESTED, FORMALLY_EXAMINED,
            PUBLISHED, UNDER_SUBSTANTIVE_EXAMINATION);
    private static final Set<PatentStatus> FINAL = EnumSet.of(WITHDRAWN, DEEMED_WITHDRAWN, FINALLY_REJECTED,
            INVALIDATED, EXPIRED);

    /** An application still on its way to grant (申请中), neither rejected nor ended. */
    public boolean isPending() {
        return PENDING.contains(this);
    }

    /** Nothing more can happen: the record is only read from now on. */
    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
