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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    /** A rating with the policy version that produced it. */
    record Computed(RatingPolicies.InForce policy, Rating rating) {
    }

    /** Stars and score only, as cached. */
    record Stars(int stars, BigDecimal score, String policyId, int policyVersion) {
    }

    private record Cached(long studioStamp, long policyStamp, Stars stars) {
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
        long key = ((long) studio.ordinal << 16) | (year & 0xFFFF);
        long policyStamp = ledger.policies().changes;
        Cached cached = cache.get(key);
        if (cached != null && cached.studioStamp == studio.changedAt && cached.policyStamp == policyStamp) {
            return cached.stars;
        }
        Stars stars = rate(ledger, studio, year)
                .map(computed -> new Stars(computed.rating().stars(), computed.rating().score(),
                                           computed.policy().policy().id(), computed.policy().version()))
                .orElse(null);
        cache.put(key, new Cached(studio.changedAt, policyStamp, stars));
        return stars;
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
        return cache.size();
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
