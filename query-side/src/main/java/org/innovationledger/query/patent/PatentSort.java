package org.innovationledger.query.patent;

import org.innovationledger.query.web.SortOrder;

import java.util.LinkedHashMap;
import java.util.Map;

/** The orders of the portfolio: newest filings first by default, or by grant, term end, title or number. */
final class PatentSort {

    static final SortOrder ORDER = new SortOrder(keys(), "filedOn", false, PatentDocuments.ID);

    private PatentSort() {
    }

    private static Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("filedOn", PatentDocuments.FILED_ON);
        keys.put("grantedOn", PatentDocuments.GRANTED_ON);
        keys.put("termEndsOn", PatentDocuments.TERM_ENDS_ON);
        keys.put("title", PatentDocuments.TITLE);
        keys.put("applicationNumber", PatentDocuments.APPLICATION_NUMBER);
        return keys;
    }
}
