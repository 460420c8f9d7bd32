package org.innovationledger.api.achievement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an achievement (成果) stands. Review: draft → submitted → accepted, returned (revise and resubmit) or
 * rejected; withdrawn before acceptance. After acceptance it moves forward as it is implemented, recommended
 * upward and adopted elsewhere; awards and savings claims do not change the status.
 */
public enum AchievementStatus {
    /** 草稿 */
    DRAFT,
    /** 已申报: awaiting review. */
    SUBMITTED,
    /** 退回修改: returned with a reason; revise and resubmit. */
    RETURNED,
    /** 已采纳: accepted by review. */
    ACCEPTED,
    /** 未采纳: rejected; final. */
    REJECTED,
    /** 已撤回: withdrawn by the studio before acceptance; final. */
    WITHDRAWN,
    /** 已实施: implemented in production. */
    IMPLEMENTED,
    /** 已推荐: recommended upward for evaluation and wider adoption. */
    RECOMMENDED,
    /** 推广应用: adopted by another enterprise or site. */
    ADOPTED;

    private static final Set<AchievementStatus> BEFORE_ACCEPTANCE = EnumSet.of(DRAFT, SUBMITTED, RETURNED);
    private static final Set<AchievementStatus> ACCEPTED_OR_LATER = EnumSet.of(ACCEPTED, IMPLEMENTED, RECOMMENDED,
                                                                                ADOPTED);
    private static final Set<AchievementStatus> IMPLEMENTED_OR_LATER = EnumSet.of(IMPLEMENTED, RECOMMENDED, ADOPTED);

    /** Still editable by the studio or awaiting review: draft, submitted or returned. */
    public boolean isBeforeAcceptance() {
        return BEFORE_ACCEPTANCE.contains(this);
    }

    public boolean isAcceptedOrLater() {
        return ACCEPTED_OR_LATER.contains(this);
    }

    public boolean isImplementedOrLater() {
        return IMPLEMENTED_OR_LATER.contains(this);
    }

    /** Nothing more can happen: rejected or withdrawn. */
    public boolean isFinal() {
        return this == REJECTED || this == WITHDRAWN;
    }
}
