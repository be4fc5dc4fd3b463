package app.haven.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes audit entries that have no transaction of their own (a page that only reads, auditing what it shows) in
 * groups: each caller queues its entry and waits; whoever holds the writer's turn writes every entry queued so far in
 * one transaction — one take of the chain's lock, one commit — and each caller returns once its own entry is
 * committed, exactly as if it had written it alone. Without this, every audited page held the chain's lock through
 * its own commit, whose flush to disk (about 5 ms here) made audited pages queue behind one another one at a time
 * (ADR 0004, "Group commit").
 */
@Component
class AuditGroupCommit {

    /** Enough for every request thread of a busy node at once; a longer queue is written over several turns. */
    private static final int MOST_PER_GROUP = 200;

    private final AuditChain chain;
    private final TransactionTemplate ownTransaction;
    private final ReentrantLock writerTurn = new ReentrantLock();
    private final Queue<Pending> queued = new ConcurrentLinkedQueue<>();

    AuditGroupCommit(AuditChain chain, PlatformTransactionManager transactions) {
        this.chain = chain;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Appends the entry in a transaction of its own, committed before this returns; returns its id. */
    long append(AuditChain.NewEntry entry) {
        Pending mine = new Pending(entry);
        queued.add(mine);
        while (!mine.settled()) {
            writerTurn.lock();
            try {
                if (!mine.settled()) {
                    writeQueued();
                }
            } finally {
                writerTurn.unlock();
            }
        }
        return mine.id();
    }

    private void writeQueued() {
        List<Pending> group = new ArrayList<>();
        for (Pending next = queued.poll(); next != null; next = group.size() < MOST_PER_GROUP ? queued.poll() : null) {
            group.add(next);
        }
        try {
            settle(group, write(group));
        } catch (RuntimeException groupFailed) {
            // One entry the database refuses must not cost the others theirs: each is tried again alone.
            if (group.size() == 1) {
                group.get(0).failed(groupFailed);
                return;
            }
            for (Pending alone : group) {
                try {
                    settle(List.of(alone), write(List.of(alone)));
                } catch (RuntimeException failed) {
                    alone.failed(failed);
                }
            }
        }
    }

    private List<Long> write(List<Pending> group) {
        List<AuditChain.NewEntry> entries = group.stream().map(Pending::entry).toList();
        return ownTransaction.execute(status -> chain.appendAll(entries));
    }

    private static void settle(List<Pending> group, List<Long> ids) {
        for (int i = 0; i < group.size(); i++) {
            group.get(i).written(ids.get(i));
        }
    }

    /** An entry waiting for its group's commit; settled (written or failed) only by the writer, under its turn. */
    private static final class Pending {
        private final AuditChain.NewEntry entry;
        private volatile boolean settled;
        private volatile long id;
        private volatile RuntimeException failure;

        Pending(AuditChain.NewEntry entry) {
            this.entry = entry;
        }

        AuditChain.NewEntry entry() {
            return entry;
        }

        boolean settled() {
            return settled;
        }

        void written(long assigned) {
            id = assigned;
            settled = true;
        }

        void failed(RuntimeException cause) {
            failure = cause;
            settled = true;
        }

        long id() {
            if (failure != null) {
                throw failure;
            }
            return id;
        }
    }
}
