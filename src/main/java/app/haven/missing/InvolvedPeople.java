package app.haven.missing;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.people.LinkablePeople;
import app.haven.people.People;
import app.haven.people.PersonKind;
import app.haven.platform.HavenPrincipal;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people involved in an episode (rows of {@code missing_episode_involved}) and linking each to a person record,
 * shown by name only to users who may open that record. Callers have checked the user may open the child.
 */
@Service
class InvolvedPeople {

    private record Row(long id, String description, Optional<Long> personId) {}

    private final JdbcClient jdbc;
    private final People people;
    private final LinkablePeople linkable;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    InvolvedPeople(
            JdbcClient jdbc, People people, LinkablePeople linkable, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.people = people;
        this.linkable = linkable;
        this.audit = audit;
        this.events = events;
    }

    List<InvolvedPerson> forEpisode(long episodeId, HavenPrincipal user) {
        return rows(episodeId, Optional.empty()).stream()
                .map(r -> shown(r, user))
                .toList();
    }

    Optional<InvolvedPerson> find(long episodeId, long involvedId, HavenPrincipal user) {
        return rows(episodeId, Optional.of(involvedId)).stream().findFirst().map(r -> shown(r, user));
    }

    /** Links the row to a record the user may open; false when the row is gone or was linked meanwhile. */
    @Transactional
    boolean link(EpisodeView episode, long involvedId, long personId, HavenPrincipal user) {
        long kept = people.resolve(personId);
        int updated = jdbc.sql("""
                        UPDATE missing_episode_involved SET person_id = :person
                         WHERE id = :id AND episode_id = :episode AND kind = 'PERSON' AND person_id IS NULL
                        """)
                .param("person", kept)
                .param("id", involvedId)
                .param("episode", episode.id())
                .update();
        if (updated == 0) {
            return false;
        }
        audit.record(
                AuditAction.UPDATE,
                "missing-episode",
                episode.id(),
                Optional.of(episode.childId()),
                Optional.of("person involved " + involvedId + " linked to record " + kept));
        events.publishEvent(new InvolvedPersonLinked(episode.id(), episode.childId(), involvedId, kept, user.userId()));
        return true;
    }

    private List<Row> rows(long episodeId, Optional<Long> involvedId) {
        return jdbc.sql("SELECT id, description, person_id FROM missing_episode_involved"
                        + " WHERE episode_id = :episode AND kind = 'PERSON'"
                        + (involvedId.isPresent() ? " AND id = :id" : "") + " ORDER BY position")
                .params(involvedId
                        .map(id -> java.util.Map.<String, Object>of("id", id))
                        .orElse(java.util.Map.of()))
                .param("episode", episodeId)
                .query((rs, row) -> new Row(rs.getLong("id"), rs.getString("description"), Optional.ofNullable((Long)
                        rs.getObject("person_id"))))
                .list();
    }

    private InvolvedPerson shown(Row row, HavenPrincipal user) {
        if (row.personId().isEmpty()) {
            return new InvolvedPerson(row.id(), row.description(), Optional.empty(), false);
        }
        long person = people.resolve(row.personId().get());
        if (!linkable.canOpen(user, person)) {
            return new InvolvedPerson(row.id(), row.description(), Optional.empty(), true);
        }
        return new InvolvedPerson(
                row.id(),
                row.description(),
                people.find(person)
                        .map(p -> new InvolvedPerson.Linked(
                                p.id(),
                                p.name(),
                                p.kind().label(),
                                (p.kind() == PersonKind.CHILD ? "/children/" : "/people/") + p.id())),
                false);
    }
}
