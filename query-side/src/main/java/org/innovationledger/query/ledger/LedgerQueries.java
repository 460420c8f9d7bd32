package org.innovationledger.query.ledger;

import org.innovationledger.query.web.Page;
import org.springframework.stereotype.Component;

import java.util.List;

/** Answers the list of achievements and the savings roll-ups from the in-memory ledger, once it has caught up. */
@Component
class LedgerQueries {

    private final LedgerIndex index;
    private final LedgerIndexStatus status;

    LedgerQueries(LedgerIndex index, LedgerIndexStatus status) {
        this.index = index;
        this.status = status;
    }

    Page<AchievementListItem> achievements(AchievementListParameters parameters) {
        AchievementListQuery query = AchievementListQuery.parse(parameters);
        status.ensureReady();
        return index.read(query::answer);
    }

    SavingsTotals savings(SavingsParameters parameters, String groupBy, String limit) {
        SavingsQuery query = SavingsQuery.parse(parameters, groupBy, limit);
        status.ensureReady();
        return index.read(query::totals);
    }

    List<RankedStudio> topStudios(SavingsParameters parameters, String limit) {
        SavingsQuery query = SavingsQuery.parseTop(parameters, limit);
        status.ensureReady();
        return index.read(query::topStudios);
    }
}
