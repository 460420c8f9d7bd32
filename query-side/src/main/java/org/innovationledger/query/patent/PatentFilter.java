package org.innovationledger.query.patent;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.query.web.InvalidQueryException;
import org.innovationledger.query.web.QueryParameters;
import org.innovationledger.query.web.TextFilter;

import java.util.ArrayList;
import java.util.List;

import static org.innovationledger.query.patent.PatentDocuments.*;

/**
 * A checked patent filter (专利查询条件): every absent criterion is null. Turns into a MongoDB filter on
 * {@code patent_views}; the studio's enterprise and region are those the view shows now.
 */
record PatentFilter(String studioId, String enterprise, String regionPrefix, PatentType type, PatentStatus status,
                    Integer filedYear, Integer grantedYear, String text) {

    /** Checks the raw parameters; throws {@link InvalidQueryException} naming the first one that is wrong. */
    static PatentFilter parse(PatentFilterParameters raw) {
        return new PatentFilter(TextFilter.parse("studio", raw.studio()),
                                TextFilter.parse("enterprise", raw.enterprise()),
                                QueryParameters.regionPrefix("region", raw.region()),
                                QueryParameters.choice("type", raw.type(), PatentType.class),
                                QueryParameters.choice("status", raw.status(), PatentStatus.class),
                                QueryParameters.year("filedYear", raw.filedYear()),
                                QueryParameters.year("grantedYear", raw.grantedYear()),
                                TextFilter.parse("q", raw.q()));
    }

    /** Only the scope of a deadline calendar: a studio, an enterprise, a region, or any combination of them. */
    static PatentFilter scope(String studio, String enterprise, String region) {
        return new PatentFilter(TextFilter.parse("studio", studio), TextFilter.parse("enterprise", enterprise),
                                QueryParameters.regionPrefix("region", region), null, null, null, null, null);
    }

    boolean hasScope() {
        return studioId != null || enterprise != null || regionPrefix != null;
    }

    Bson filter() {
        return Filters.and(criteria());
    }

    /** This filter, and only patents whose status is one of these. */
    Bson filterWithStatusIn(List<PatentStatus> statuses) {
        List<Bson> criteria = criteria();
        criteria.add(Filters.in(STATUS, statuses.stream().map(Enum::name).toList()));
        return Filters.and(criteria);
    }

    private List<Bson> criteria() {
        List<Bson> criteria = new ArrayList<>();
        criteria.add(Filters.exists(VERSION));
        if (studioId != null) {
            criteria.add(Filters.eq(STUDIO_ID, studioId));
        }
        if (enterprise != null) {
            criteria.add(Filters.eq(STUDIO_ENTERPRISE, enterprise));
        }
        if (regionPrefix != null) {
            criteria.add(Filters.regex(STUDIO_REGION, "^" + regionPrefix));
        }
        if (type != null) {
            criteria.add(Filters.eq(TYPE, type.name()));
        }
        if (status != null) {
            criteria.add(Filters.eq(STATUS, status.name()));
        }
        if (filedYear != null) {
            criteria.add(Filters.eq(FILED_YEAR, filedYear));
        }
        if (grantedYear != null) {
            criteria.add(Filters.eq(GRANTED_YEAR, grantedYear));
        }
        if (text != null) {
            criteria.add(Filters.or(TextFilter.contains(TITLE, text), TextFilter.contains(APPLICATION_NUMBER, text),
                                    TextFilter.contains(PATENT_NUMBER, text)));
        }
        return criteria;
    }
}
