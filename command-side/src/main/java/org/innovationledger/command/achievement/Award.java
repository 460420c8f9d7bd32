package org.innovationledger.command.achievement;

import org.innovationledger.api.achievement.AwardLevel;

/** An award the achievement won (获奖): a body gives an achievement at most one award at a level. */
record Award(AwardLevel level, String awardingBody) {
}
