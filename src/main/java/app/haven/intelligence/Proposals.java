package app.haven.intelligence;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.intelligence.network.LinkType;
import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links proposed from episodes, interviews and disclosures. Accepting one links the child (made an entity if need
 * be) to the entity the analyst chooses, citing the proposal's evidence; rejecting one records why. Either is refused
 * when someone else decided first.
 */
@Service
class Proposals {

    private final JdbcClient jdbc;
    private final ChildAccess children;
    private final Entities entities;
    private final EntityResolver resolver;
    private final Links links;
    private final AuditLog audit;
    private final Clock clock;

    Proposals(
            JdbcClient jdbc,
            ChildAccess children,
            Entities entities,
            EntityResolver resolver,
            Links links,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.children = children;
        this.entities = entities;
        this.resolver = resolver;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    private static final String SELECT = """
            SELECT p.*, (SELECT n.given_names || ' ' || n.family_name FROM person_name n
                          WHERE n.person_id = p.child_id AND n.removed_at IS NULL AND n.name_type IN ('PREFERRED', 'LEGAL')
                          ORDER BY n.name_type = 'PREFERRED' DESC, n.id LIMIT 1) AS child_name
              FROM intel_link_proposal p
            """;

    /** Open proposals about children the user may open, oldest first. */
    List<ProposalView> open(HavenPrincipal user) {
        SqlCondition visible = children.visibleChildren(user, "p.child_id");
        return jdbc.sql(SELECT + " WHERE p.status = 'PROPOSED' AND " + visible.sql()
                        + " ORDER BY p.proposed_at, p.id LIMIT 100")
                .params(visible.parameters())
                .query((rs, row) -> view(rs))
                .list();
    }

    Optional<ProposalView> visible(long id, HavenPrincipal user) {
        SqlCondition visible = children.visibleChildren(user, "p.child_id");
        return jdbc.sql(SELECT + " WHERE p.id = :id AND " + visible.sql())
                .params(visible.parameters())
                .param("id", id)
                .query((rs, row) -> view(rs))
                .optional();
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM intel_link_proposal WHERE id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /** Accepts: links the child and the chosen entity; returns the link's id. */
    @Transactional
    long accept(
            ProposalView proposal, References.Reference target, LinkType type, String confidence, HavenPrincipal user) {
        long area = jdbc.sql("SELECT area_id FROM intel_link_proposal WHERE id = :id")
                .param("id", proposal.id())
                .query(Long.class)
                .single();
        long child = entities.ensurePerson(proposal.childId(), area, user);
        long other = resolver.resolve(target, "to", user);
        // Who acted on whom: an adult exploited or transported the child; otherwise the child is the one described.
        boolean towardsChild = type == LinkType.EXPLOITED || type == LinkType.TRANSPORTED;
        long linkId = links.record(
                new NewLink(
                        towardsChild ? other : child,
                        towardsChild ? child : other,
                        type,
                        LocalDate.ofInstant(proposal.proposedAt(), ManyChildrenAlerts.LONDON),
                        Optional.empty(),
                        confidence,
                        new NewLink.Evidence(proposal.evidenceKind(), proposal.evidenceId())),
                user);
        decide(proposal, "ACCEPTED", Optional.empty(), Optional.of(linkId), user);
        return linkId;
    }

    @Transactional
    void reject(ProposalView proposal, String reason, HavenPrincipal user) {
        decide(proposal, "REJECTED", Optional.of(reason), Optional.empty(), user);
    }

    private void decide(
            ProposalView proposal, String status, Optional<String> reason, Optional<Long> link, HavenPrincipal user) {
        int updated = jdbc.sql("""
                        UPDATE intel_link_proposal SET status = :status, decided_by = :user, decided_at = :now,
                               reject_reason = :reason, link_id = :link, version = version + 1
                         WHERE id = :id AND version = :version AND status = 'PROPOSED'
                        """)
                .param("status", status)
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .param("reason", reason.orElse(null))
                .param("link", link.orElse(null))
                .param("id", proposal.id())
                .param("version", proposal.version())
                .update();
        if (updated == 0) {
            throw new LinkRefused("", "Someone else has just accepted or rejected this proposal: nothing was changed");
        }
        audit.record(
                AuditAction.UPDATE,
                "intel-proposal",
                proposal.id(),
                Optional.of(proposal.childId()),
                Optional.of(status.toLowerCase(java.util.Locale.ROOT)));
    }

    private static ProposalView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        String kind = rs.getString("evidence_kind");
        long evidence = rs.getLong("evidence_id");
        return new ProposalView(
                rs.getLong("id"),
                rs.getLong("child_id"),
                Optional.ofNullable(rs.getString("child_name")).orElse("Name not recorded"),
                rs.getString("kind"),
                rs.getString("description"),
                LinkQueries.evidenceLabel(kind, evidence),
                kind,
                evidence,
                rs.getTimestamp("proposed_at").toInstant(),
                rs.getInt("version"));
    }
}
