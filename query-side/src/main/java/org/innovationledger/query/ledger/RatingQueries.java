package org.innovationledger.query.ledger;

import org.innovationledger.api.studio.StudioStatus;
import org.innovationledger.query.web.InvalidQueryException;
import org.innovationledger.query.web.NotFoundException;
import org.innovationledger.query.web.Page;
import org.innovationledger.query.web.PageRequest;
import org.innovationledger.query.web.QueryParameters;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Answers studio ratings and rating policies from the in-memory ledger, once it has caught up. */
@Component
class RatingQueries {

    /** Rating years are calendar years in China. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final LedgerIndex index;
    private final LedgerIndexStatus status;
    private final StudioRatings ratings;
    private final Clock clock;

    RatingQueries(LedgerIndex index, LedgerIndexStatus status, StudioRatings ratings) {
        this.index = index;
        this.status = status;
        this.ratings = ratings;
        this.clock = Clock.system(CHINA);
    }

    StudioRatingAnswer rating(String studioId, String rawYear, String policyId, String rawVersion) {
        int year = yearOrCurrent("year", rawYear);
        Integer version = rawVersion == null || rawVersion.isBlank() ? null : wholeNumber("policyVersion", rawVersion);
        if (version != null && (policyId == null || policyId.isBlank())) {
            throw new InvalidQueryException("policyId", "policyVersion needs the policyId it belongs to");
        }
        Integer askedVersion = version;
        status.ensureReady();
        return index.read(ledger -> {
            IndexedStudio studio = ledger.studio(studioId);
            if (studio == null || studio.name == null) {
                throw new NotFoundException("studio", studioId);
            }
            RatingPolicies.InForce policy = chosenPolicy(ledger, studio, year, policyId, askedVersion);
            StudioRatings.Computed computed = ratings.rate(ledger, studio, year, policy);
            StudioRatingAnswer.PreviousYear previous = ratings.rate(ledger, studio, year - 1)
                    .map(before -> new StudioRatingAnswer.PreviousYear(
                            year - 1, before.rating().stars(), before.rating().score(),
                            StudioRatingAnswer.PolicyRef.of(before.policy())))
                    .orElse(null);
            StudioRatingAnswer.Movement movement = previous == null ? null
                    : new StudioRatingAnswer.Movement(computed.rating().stars() - previous.stars(),
                                                      computed.rating().score().subtract(previous.score()));
            return new StudioRatingAnswer(StudioRef.of(studio), year, StudioRatingAnswer.PolicyRef.of(policy),
                                          computed.rating(), previous, movement,
                                          StudioRatingAnswer.Official.of(studio.confirmations.get(year)));
        });
    }

    /** The studios in scope with their stars for the year, most stars first, or only those with {@code stars}. */
    Page<StudioStarsRow> stars(StudioScope scope, String rawYear, String rawStars, String rawOfficial, String page,
                               String size) {
        int year = yearOrCurrent("year", rawYear);
        Integer onlyStars = rawStars == null || rawStars.isBlank() ? null : starsParameter("stars", rawStars);
        Integer onlyOfficial = rawOfficial == null || rawOfficial.isBlank() ? null
                : starsParameter("officialStars", rawOfficial);
        PageRequest request = PageRequest.parse(page, size);
        status.ensureReady();
        return index.read(ledger -> {
            List<StudioStarsRow> rows = new ArrayList<>();
            for (IndexedStudio studio : ledger.studios()) {
                if (studio.name == null || studio.status == StudioStatus.REVOKED || !scope.includes(studio)) {
                    continue;
                }
                StudioStarsRow row = row(ledger, studio, year);
                if ((onlyStars == null || onlyStars.equals(row.stars()))
                        && (onlyOfficial == null || onlyOfficial.equals(row.officialStars()))) {
                    rows.add(row);
                }
            }
            rows.sort(MOST_STARS_FIRST);
            int from = Math.min(request.skip(), rows.size());
            int to = Math.min(from + request.size(), rows.size());
            return Page.of(List.copyOf(rows.subList(from, to)), request, rows.size());
        });
    }

    static final Comparator<StudioStarsRow> MOST_STARS_FIRST =
            Comparator.comparing((StudioStarsRow row) -> row.stars() == null ? -1 : row.stars()).reversed()
                      .thenComparing(row -> row.score() == null ? java.math.BigDecimal.valueOf(Long.MIN_VALUE)
                              : row.score(), Comparator.reverseOrder())
                      .thenComparing(row -> row.studio().id());

    StudioStarsRow row(LedgerIndex.View ledger, IndexedStudio studio, int year) {
        StudioRatings.Stars stars = ratings.stars(ledger, studio, year);
        IndexedStudio.StarConfirmation official = studio.confirmations.get(year);
        return new StudioStarsRow(StudioRef.of(studio), year, stars == null ? null : stars.stars(),
                                  stars == null ? null : stars.score(), stars == null ? null : stars.policyId(),
                                  stars == null ? null : stars.policyVersion(),
                                  official == null ? null : official.stars());
    }

    List<PolicyAnswer> policies() {
        status.ensureReady();
        return index.read(ledger -> ledger.policies().all().stream().map(PolicyAnswer::of).toList());
    }

    PolicyAnswer policy(String policyId) {
        status.ensureReady();
        return index.read(ledger -> ledger.policies().policy(policyId).map(PolicyAnswer::of)
                                          .orElseThrow(() -> new NotFoundException("rating policy", policyId)));
    }

    private static RatingPolicies.InForce chosenPolicy(LedgerIndex.View ledger, IndexedStudio studio, int year,
                                                       String policyId, Integer version) {
        if (policyId == null || policyId.isBlank()) {
            return ledger.policies().inForce(studio.regionCode, year).orElseThrow(
                    () -> new NotFoundException("rating policy in force for " + year + " over studio", studio.id));
        }
        RatingPolicies.Policy policy = ledger.policies().policy(policyId)
                                             .orElseThrow(() -> new NotFoundException("rating policy", policyId));
        int chosen = version != null ? version : policy.versionInForce(year);
        if (chosen < 1 || chosen > policy.versions().size()) {
            throw new InvalidQueryException("policyVersion", version == null
                    ? "policy " + policyId + " has no version in force in " + year + "; name a policyVersion"
                    : "policy " + policyId + " has versions 1 to " + policy.versions().size());
        }
        return new RatingPolicies.InForce(policy, chosen);
    }

    int yearOrCurrent(String parameter, String raw) {
        Integer year = QueryParameters.year(parameter, raw);
        return year != null ? year : LocalDate.now(clock).getYear();
    }

    private static int starsParameter(String parameter, String raw) {
        int stars = wholeNumber(parameter, raw);
        if (stars < 0 || stars > 5) {
            throw new InvalidQueryException(parameter, parameter + " must be 0 to 5");
        }
        return stars;
    }

    private static int wholeNumber(String parameter, String raw) {
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(parameter, parameter + " must be a whole number, got '" + raw + "'");
        }
    }
}
