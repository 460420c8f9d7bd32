package org.innovationledger.query.ledger;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The in-memory ledger (内存台账) of one query-side instance: every studio, every achievement and every savings claim,
 * held in columns compact enough that a list or a roll-up over hundreds of thousands of achievements is one pass
 * over a few arrays (ADR 0007). {@link LedgerIndexProjection} writes it from the event stream, a batch of events at
 * a time; readers see it between batches, never half-way through one.
 */
@Component
public class LedgerIndex {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, IndexedStudio> studiosById = new HashMap<>();
    private final List<IndexedStudio> studios = new ArrayList<>();
    private final Map<String, String> allianceNames = new HashMap<>();
    private final AchievementColumns achievements = new AchievementColumns();
    private final ClaimColumns claims = new ClaimColumns(achievements);
    private final PatentColumns patents = new PatentColumns();
    private final Incubations incubations = new Incubations();
    private final RatingPolicies policies = new RatingPolicies();
    /** How many changes were applied: a stamp for cached answers and for telling open dashboards that data moved. */
    private volatile long changes;

    /** What a reader sees: the whole ledger, unchanging while the reader holds it. */
    interface View {

        /** Every studio, in the order first seen; a studio's {@link IndexedStudio#ordinal} is its position. */
        List<IndexedStudio> studios();

        IndexedStudio studio(String studioId);

        /** The alliance's name, or its id when its founding has not been seen. */
        String allianceName(String allianceId);

        AchievementColumns achievements();

        ClaimColumns claims();

        PatentColumns patents();

        Incubations incubations();

        RatingPolicies policies();
    }

    private final View view = new View() {
        @Override
        public List<IndexedStudio> studios() {
            return Collections.unmodifiableList(studios);
        }

        @Override
        public IndexedStudio studio(String studioId) {
            return studiosById.get(studioId);
        }

        @Override
        public String allianceName(String allianceId) {
            return allianceNames.getOrDefault(allianceId, allianceId);
        }

        @Override
        public AchievementColumns achievements() {
            return achievements;
        }

        @Override
        public ClaimColumns claims() {
            return claims;
        }

        @Override
        public PatentColumns patents() {
            return patents;
        }

        @Override
        public Incubations incubations() {
            return incubations;
        }

        @Override
        public RatingPolicies policies() {
            return policies;
        }
    };

    /** Runs {@code query} while no event is being applied. */
    <T> T read(Function<View, T> query) {
        lock.readLock().lock();
        try {
            return query.apply(view);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Applies one change while no reader is reading; the change gets the ledger to write to.
     * <p>
     * Inside a unit of work (the processor's batch of events) the lock is taken at the batch's first change and let
     * go when the batch's unit of work ends. A scan reads for tens of milliseconds, and a writer that let go after
     * every event queued behind a reader again at the next one: under load that added up to half a second of lag
     * (issue 6, run I). Now the processor waits for readers at most once per batch, and a reader waits at most for
     * one batch, which only touches memory.
     */
    void write(Consumer<LedgerIndex> change) {
        ReentrantReadWriteLock.WriteLock writeLock = lock.writeLock();
        boolean untilBatchEnds = !writeLock.isHeldByCurrentThread() && CurrentUnitOfWork.isStarted();
        writeLock.lock();
        if (untilBatchEnds) {
            CurrentUnitOfWork.get().root().onCleanup(unitOfWork -> writeLock.unlock());
        }
        try {
            change.accept(this);
            changes++;
        } finally {
            if (!untilBatchEnds) {
                writeLock.unlock();
            }
        }
    }

    /** How many changes have been applied since the instance started. */
    long changes() {
        return changes;
    }

    // The methods below are called inside write(…).

    /** Marks a studio's facts as changed, so that its cached ratings are computed again. */
    void touch(int studioOrdinal) {
        if (studioOrdinal >= 0 && studioOrdinal < studios.size()) {
            studios.get(studioOrdinal).changedAt = changes + 1;
        }
    }

    IndexedStudio studio(String studioId) {
        return studiosById.computeIfAbsent(studioId, id -> {
            IndexedStudio studio = new IndexedStudio(studios.size(), id);
            studios.add(studio);
            return studio;
        });
    }

    IndexedStudio studioAt(int ordinal) {
        return studios.get(ordinal);
    }

    void nameAlliance(String allianceId, String name) {
        allianceNames.put(allianceId, name);
    }

    AchievementColumns achievements() {
        return achievements;
    }

    ClaimColumns claims() {
        return claims;
    }

    PatentColumns patents() {
        return patents;
    }

    Incubations incubations() {
        return incubations;
    }

    RatingPolicies policies() {
        return policies;
    }
}
