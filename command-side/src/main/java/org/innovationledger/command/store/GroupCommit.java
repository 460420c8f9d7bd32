package org.innovationledger.command.store;

import org.innovationledger.eventstore.DurabilityBarrier;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: a writer that needs its write on disk takes a ticket; whoever finds no flush running flushes for
 * everyone who took a ticket before the flush started, and the others wait for that flush. Under load one flush
 * covers many commands, so durable throughput is not capped at one flush per command.
 */
public final class GroupCommit implements DurabilityBarrier {

    private final Runnable flush;
    private final AtomicLong written = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition flushed = lock.newCondition();
    private long durable;
    private boolean flushing;

    public GroupCommit(Runnable flush) {
        this.flush = flush;
    }

    @Override
    public void awaitDurable() {
        long ticket = written.incrementAndGet();
        lock.lock();
        try {
            while (durable < ticket) {
                if (flushing) {
                    flushed.awaitUninterruptibly();
                } else {
                    flushAsLeader();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void flushAsLeader() {
        flushing = true;
        long target = written.get();
        lock.unlock();
        boolean done = false;
        try {
            flush.run();
            done = true;
        } finally {
            lock.lock();
            flushing = false;
            if (done) {
                durable = Math.max(durable, target);
            }
            flushed.signalAll();
        }
    }
}
