package org.innovationledger.api.studio;

/** What a studio is named after (工作室类型). */
public enum StudioKind {
    /** 劳模创新工作室: led by a model worker (劳模) or advanced worker (先进工作者). */
    MODEL_WORKER,
    /** 工匠人才创新工作室: led by a named craftsman (工匠) or skills master (技能大师). */
    CRAFTSMAN,
    /** 职工创新工作室: any worker team recognised by the union. */
    STAFF
}
