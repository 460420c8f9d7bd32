package org.innovationledger.query.studio;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;
import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.query.web.PageRequest;
import org.innovationledger.query.web.QueryParameters;
import org.innovationledger.query.web.TextFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * A checked studio list query (工作室查询): which studios, in what order, which page. Every absent criterion is
 * null. Turns into a MongoDB filter and sort.
 */
record StudioListQuery(String regionPrefix, NamingLevel level, StudioKind kind, StudioStatus status,
                       String allianceId, String nameContains, Bson sort, PageRequest page) {

    /** Checks the raw parameters; throws {@link org.innovationledger.query.web.InvalidQueryException} naming the first one that is wrong. */
    static StudioListQuery parse(StudioListParameters raw) {
        return new StudioListQuery(QueryParameters.regionPrefix("region", raw.region()),
                                   QueryParameters.choice("level", raw.level(), NamingLevel.class),
                                   QueryParameters.choice("kind", raw.kind(), StudioKind.class),
                                   QueryParameters.choice("status", raw.status(), StudioStatus.class),
                                   TextFilter.parse("alliance", raw.alliance()),
                                   TextFilter.parse("q", raw.q()),
                                   StudioSort.ORDER.parse(raw.sort()),
                                   PageRequest.parse(raw.page(), raw.size()));
    }

    Bson filter() {
        List<Bson> criteria = new ArrayList<>();
        criteria.add(Filters.exists(StudioDocuments.VERSION));
        if (regionPrefix != null) {
            criteria.add(Filters.regex(StudioDocuments.REGION_CODE, "^" + regionPrefix));
        }
        if (level != null) {
            criteria.add(Filters.eq(StudioDocuments.LEVEL_RANK, level.ordinal()));
        }
        if (kind != null) {
            criteria.add(Filters.eq(StudioDocuments.KIND, kind.name()));
        }
        if (status != null) {
            criteria.add(Filters.eq(StudioDocuments.STATUS, status.name()));
        }
        if (allianceId != null) {
            criteria.add(Filters.eq(StudioDocuments.ALLIANCE_IDS, allianceId));
        }
        if (nameContains != null) {
            criteria.add(TextFilter.contains(StudioDocuments.NAME, nameContains));
        }
        return Filters.and(criteria);
    }

    Bson order() {
        return sort;
    }
}
