package org.innovationledger.query.ledger;

import org.innovationledger.api.rating.RatingBasis;
import org.innovationledger.query.rating.Rating;
import org.innovationledger.query.rating.RatingCalculator;
import org.innovationledger.query.rating.RatingFact;
import org.innovationledger.query.rating.StudioYear;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The computed star rating of a studio's year (星级测评), from the facts in the in-memory ledger and the policy in
 * force for that year ({@link RatingPolicies}). Nothing about a rating is stored: it is computed again from the
 * facts whenever it is read, so a replay or a restart gives the same rating by construction, and a past year keeps
 * the policy version in force for it. Only the stars and score are cached, per studio and year, and checked
 * against the studio's last change and the last policy change, so that a dashboard over ten thousand studios reads
 * them without computing each again.
 */
@Component
class StudioRatings {

    /** Per year, the cached stars by studio ordinal; replaced, never changed, when a year is added or grows. */
    private volatile List<YearCache> years = List.of();

    /** A rating with the policy version that produced it. */
    record Computed(RatingPolicies.InForce policy, Rating rating) {
    }

    /** Stars and score only, as cached. */
    record Stars(int stars, BigDecimal score, String policyId, int policyVersion) {
    }

    private record Cached(long studioStamp, long policyStamp, Stars stars) {
    }

    private record YearCache(int year, AtomicReferenceArray<Cached> studios) {
    }

    /** The full rating under the policy in force for the year; empty when no policy covers the studio's year. */
    Optional<Computed> rate(LedgerIndex.View ledger, IndexedStudio studio, int year) {
        return ledger.policies().inForce(studio.regionCode, year)
                     .map(policy -> new Computed(policy, RatingCalculator.rate(policy.rules(),
                                                                               yearOf(ledger, studio, year))));
    }

    /** The full rating under a given policy version, in force or not: to reproduce or compare. */
    Computed rate(LedgerIndex.View ledger, IndexedStudio studio, int year, RatingPolicies.InForce policy) {
        return new Computed(policy, RatingCalculator.rate(policy.rules(), yearOf(ledger, studio, year)));
    }

    /** The stars of the studio's year under the policy in force, or null when no policy covers it; cached. */
    Stars stars(LedgerIndex.View ledger, IndexedStudio studio, int year) {
        AtomicReferenceArray<Cached> studios = studiosOf(year, studio.ordinal, ledger);
        long policyStamp = ledger.policies().changes;
        Cached cached = studios.get(studio.ordinal);
        if (cached != null && cached.studioStamp == studio.changedAt && cached.policyStamp == policyStamp) {
            return cached.stars;
        }
        Stars stars = rate(ledger, studio, year)
                .map(computed -> new Stars(computed.rating().stars(), computed.rating().score(),
                                           computed.policy().policy().id(), computed.policy().version()))
                .orElse(null);
        studios.set(studio.ordinal, new Cached(studio.changedAt, policyStamp, stars));
        return stars;
    }

    /**
     * The year's cache, holding {@code ordinal}. A dashboard looks up every studio's stars for two years: an array
     * slot per studio costs a fraction of a map lookup with a boxed key (profiled at a sixth of the whole-store
     * dashboard's time), and a few bytes per studio instead of a map entry. A cache that must grow is copied; an
     * entry written to the old copy meanwhile is only computed again.
     */
    private AtomicReferenceArray<Cached> studiosOf(int year, int ordinal, LedgerIndex.View ledger) {
        for (YearCache cache : years) {
            if (cache.year == year && ordinal < cache.studios.length()) {
                return cache.studios;
            }
        }
        synchronized (this) {
            List<YearCache> grown = new ArrayList<>(years.size() + 1);
            AtomicReferenceArray<Cached> studios = null;
            for (YearCache cache : years) {
                if (cache.year != year) {
                    grown.add(cache);
                } else if (ordinal < cache.studios.length()) {
                    return cache.studios;
                } else {
                    studios = cache.studios;
                }
            }
            int size = Math.max(ordinal + 1, ledger.studios().size()) * 5 / 4;
            AtomicReferenceArray<Cached> larger = new AtomicReferenceArray<>(size);
            for (int i = 0; studios != null && i < studios.length(); i++) {
                larger.set(i, studios.get(i));
            }
            grown.add(new YearCache(year, larger));
            years = List.copyOf(grown);
            return larger;
        }
    }

    /**
     * Computes and caches every studio's stars for the given years: a dashboard over ten thousand studios otherwise
     * computes them all on its first read after a start (about 0.7 s in the benchmark, docs/benchmarks.md).
     */
    void warm(LedgerIndex.View ledger, int... years) {
        for (IndexedStudio studio : ledger.studios()) {
            for (int year : years) {
                stars(ledger, studio, year);
            }
        }
    }

    /** How many studio years have cached stars (for tests). */
    int cached() {
        int cached = 0;
        for (YearCache cache : years) {
            for (int i = 0; i < cache.studios.length(); i++) {
                cached += cache.studios.get(i) == null ? 0 : 1;
            }
        }
        return cached;
    }

    /** What the studio did in {@code year}, as a rating policy counts it. */
    static StudioYear yearOf(LedgerIndex.View ledger, IndexedStudio studio, int year) {
        int from = (int) LocalDate.of(year, 1, 1).toEpochDay();
        int to = (int) LocalDate.of(year, 12, 31).toEpochDay();
        List<RatingFact> facts = new ArrayList<>();
        AchievementColumns achievements = ledger.achievements();
        for (int i = 0; i < studio.achievements.size(); i++) {
            int slot = studio.achievements.get(i);
            String id = achievements.ids[slot];
            if (within(achievements.acceptedOn[slot], from, to)) {
                facts.add(RatingFact.accepted(id, achievements.category(slot)));
            }
            for (AchievementColumns.Award award : achievements.awards.getOrDefault(slot, List.of())) {
                if (within(award.awardedOn(), from, to)) {
                    facts.add(RatingFact.award(id + '/' + award.awardId(), award.level(), award.grade()));
                }
            }
            for (AchievementColumns.Adoption adoption : achievements.adoptions.getOrDefault(slot, List.of())) {
                if (within(adoption.adoptedOn(), from, to)) {
                    facts.add(RatingFact.of(RatingBasis.ACHIEVEMENT_ADOPTED, id + '/' + adoption.adoptionId()));
                }
            }
        }
        PatentColumns patents = ledger.patents();
        for (int i = 0; i < studio.patents.size(); i++) {
            int slot = studio.patents.get(i);
            if (within(patents.filedOn[slot], from, to)) {
                facts.add(RatingFact.patent(RatingBasis.PATENT_FILED, patents.ids[slot], patents.type(slot)));
            }
            if (within(patents.grantedOn[slot], from, to)) {
                facts.add(RatingFact.patent(RatingBasis.PATENT_GRANTED, patents.ids[slot], patents.type(slot)));
            }
        }
        for (IndexedStudio.Member member : studio.members) {
            if (member.memberOn(to)) {
                facts.add(RatingFact.of(RatingBasis.MEMBERS, member.memberId()));
                if (member.apprentice()) {
                    facts.add(RatingFact.of(RatingBasis.APPRENTICES, member.memberId()));
                }
            }
        }
        for (IndexedStudio.SolvedChallenge challenge : studio.solvedChallenges) {
            if (within(challenge.solvedOn(), from, to)) {
                facts.add(RatingFact.of(RatingBasis.CHALLENGES_SOLVED, challenge.challengeId()));
            }
        }
        ClaimColumns claims = ledger.claims();
        long verified = 0;
        List<String> claimIds = new ArrayList<>();
        for (int i = 0; i < studio.claims.size(); i++) {
            int slot = studio.claims.get(i);
            long fen = claims.countedVerifiedFen(slot);
            if (claims.year[slot] == year && claims.isVerified(slot)) {
                verified = Math.addExact(verified, fen);
                claimIds.add(claims.keys[slot]);
            }
        }
        long granted = 0;
        long spent = 0;
        List<String> grantIds = new ArrayList<>();
        for (IndexedStudio.Grant grant : studio.grants) {
            if (grant.grantedOn() <= to) {
                granted = Math.addExact(granted, grant.fen());
                grantIds.add(grant.grantId());
            }
        }
        for (IndexedStudio.Spending spending : studio.spendings) {
            if (spending.spentOn() <= to) {
                spent = Math.addExact(spent, spending.fen());
            }
        }
        return new StudioYear(facts, verified, claimIds, granted, spent, grantIds);
    }

    private static boolean within(int day, int from, int to) {
        return day != AchievementColumns.NO_DATE && day >= from && day <= to;
    }
}
