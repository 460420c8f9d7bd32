package org.innovationledger.systemtest;

import java.util.Map;

import static org.innovationledger.systemtest.Http.map;

/** Request bodies with invented but realistic data (no real person's name). */
final class StudioFixtures {

    private StudioFixtures() {
    }

    static Map<String, Object> studio(String name) {
        return studio(name, "360829", "COUNTY");
    }

    static Map<String, Object> studio(String name, String regionCode, String level) {
        return map("name", name, "kind", "MODEL_WORKER", "level", level,
                   "hostEnterprise", "赣鄱矿业有限公司", "regionCode", regionCode, "namingUnion", "安福县总工会",
                   "leader", map("name", "李建华", "honourTitle", "全国劳动模范"),
                   "foundedOn", "2024-05-01", "description", "井下设备技术攻关");
    }

    static Map<String, Object> grant(String amount) {
        return map("amount", amount, "grantor", "安福县总工会", "purpose", "工作室启动经费", "grantedOn", "2024-06-01");
    }

    static Map<String, Object> spending(String amount) {
        return map("amount", amount, "purpose", "购置检测设备", "spentOn", "2024-07-01");
    }

    static Map<String, Object> member(String memberId, boolean apprentice) {
        return map("memberId", memberId, "name", "王小明", "role", "技术骨干", "apprentice", apprentice,
                   "joinedOn", "2024-05-10");
    }

    static Map<String, Object> statusChange(String reason) {
        return map("reason", reason, "effectiveOn", "2025-01-15");
    }
}
