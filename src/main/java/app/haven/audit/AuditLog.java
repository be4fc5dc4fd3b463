package app.haven.audit;

import app.haven.platform.HavenPrincipal;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How every module writes to the audit log. Who, when, the request id and the client's address are filled in
 * here, so a module says only what was done to which record. Entries are written in the caller's transaction:
 * if the change rolls back, so does its entry, and a change is never committed without one. A caller without a
 * transaction (a page that only reads) has its entry committed before the call returns, in a group with the entries
 * other requests write at the same moment ({@link AuditGroupCommit}).
 */
@Service
public class AuditLog {

    private final AuditChain chain;
    private final AuditGroupCommit groups;
    private final Clock clock;

    AuditLog(AuditChain chain, AuditGroupCommit groups, Clock clock) {
        this.chain = chain;
        this.groups = groups;
        this.clock = clock;
    }

    /**
     * Records that the signed-in user did something to a record.
     *
     * @param subjectType the kind of record, lower case ({@code child}, {@code screening}, {@code case})
     * @param childId the child the record concerns, so "who has seen this record" finds it
     * @param reason why, where the user gave a reason (sharing, break-glass) or a short note of a change
     * @throws IllegalStateException when no Haven user is signed in: an unattributed entry is worthless
     */
    public void record(
            AuditAction action, String subjectType, long subjectId, Optional<Long> childId, Optional<String> reason) {
        HavenPrincipal user = signedInUser();
        append(new Actor(user.userId(), user.agencyId()), action, subjectType, subjectId, childId, reason);
    }

    /**
     * Records that the signed-in user viewed part of a child's record: exactly one entry per call. Call it
     * once per page or export that shows the child's data, after checking the user may see it.
     */
    public void childRecordViewed(long childId, String subjectType, long subjectId) {
        record(AuditAction.VIEW, subjectType, subjectId, Optional.of(childId), Optional.empty());
    }

    /**
     * Records that the signed-in user was shown a list of records (a search's results, a work list): one entry that
     * names the ids shown, never what was typed, which may itself name a child.
     *
     * @param shown what the ids are, in words: {@code children}, {@code cases}, {@code people}
     */
    public void listShown(String subjectType, String shown, java.util.List<Long> ids) {
        HavenPrincipal user = signedInUser();
        append(
                new Actor(user.userId(), user.agencyId()),
                AuditAction.VIEW,
                subjectType,
                null,
                Optional.empty(),
                Optional.of(ShownIds.describe(shown, ids)));
    }

    /** Who acted, when that is not the signed-in user (sign-in events, events from other modules). */
    record Actor(Long userId, Long agencyId) {
        static final Actor UNKNOWN = new Actor(null, null);
    }

    void append(
            Actor actor,
            AuditAction action,
            String subjectType,
            Long subjectId,
            Optional<Long> childId,
            Optional<String> reason) {
        AuditChain.NewEntry entry = new AuditChain.NewEntry(
                clock.instant(),
                actor.userId(),
                actor.agencyId(),
                action,
                subjectType,
                subjectId,
                childId.orElse(null),
                reason.orElse(null),
                MDC.get("requestId"),
                clientAddress().orElse(null));
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            chain.append(entry);
        } else {
            groups.append(entry);
        }
    }

    private static HavenPrincipal signedInUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof HavenPrincipal principal) {
            return principal;
        }
        throw new IllegalStateException("Nothing can be audited without a signed-in Haven user");
    }

    private static Optional<String> clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(attributes.getRequest().getRemoteAddr());
        }
        return Optional.empty();
    }
}
