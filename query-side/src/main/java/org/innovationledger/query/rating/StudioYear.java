package org.innovationledger.query.rating;

import java.util.List;

/**
 * What a studio did in one year, as far as a rating policy can count it: the countable facts, the savings verified
 * for the year's periods (in fen, with the claims behind them) and the funding granted and spent up to the year's
 * last day (in fen, with the grants behind them).
 */
public record StudioYear(List<RatingFact> facts,
                         long verifiedSavingsFen, List<String> savingsRecordIds,
                         long fundingGrantedFen, long fundingSpentFen, List<String> fundingRecordIds) {
}
