package org.innovationledger.query.studio;

import org.innovationledger.query.web.SortOrder;

import java.util.LinkedHashMap;
import java.util.Map;

/** The orders of the studio list: by name (the default), founding date, level, registration or member count. */
final class StudioSort {

    static final SortOrder ORDER = new SortOrder(keys(), "name", true, StudioDocuments.ID);

    private StudioSort() {
    }

    private static Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("name", StudioDocuments.NAME);
        keys.put("foundedOn", StudioDocuments.FOUNDED_ON);
        keys.put("level", StudioDocuments.LEVEL_RANK);
        keys.put("registeredAt", StudioDocuments.REGISTERED_AT);
        keys.put("memberCount", StudioDocuments.MEMBER_COUNT);
        return keys;
    }
}
