package app.haven.meetings;

import app.haven.cases.RegisterAgenda;
import app.haven.platform.ReferralsAwaitingDecision;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a meeting's agenda from the register and the other modules: new cases since the group last met, High-band
 * children, reviews overdue, children missing in the period, no planning meeting yet, and referrals awaiting a
 * decision. Building again refreshes the reasons and adds children who became due; it never removes an item, its
 * notes or anything added by hand. A meeting about one child has that child as its agenda.
 */
@Service
class Agenda {

    private final JdbcClient jdbc;
    private final RegisterAgenda register;
    private final ObjectProvider<ReferralsAwaitingDecision> referrals;
    private final MeetingSettings settings;
    private final Clock clock;

    Agenda(
            JdbcClient jdbc,
            RegisterAgenda register,
            ObjectProvider<ReferralsAwaitingDecision> referrals,
            MeetingSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.referrals = referrals;
        this.settings = settings;
        this.clock = clock;
    }

    /** Builds (or refreshes) the agenda; returns how many children it now lists. */
    @Transactional
    int build(MeetingView meeting) {
        Map<Long, List<String>> children = new LinkedHashMap<>();
        if (meeting.childId().isPresent()) {
            children.put(meeting.childId().get(), List.of(AgendaReasons.SUBJECT));
        } else if (meeting.areaId().isPresent()) {
            long area = meeting.areaId().get();
            register.forArea(
                            area,
                            meeting.periodFrom(),
                            clock.instant(),
                            settings.current().highBandRank())
                    .forEach(kase -> children.put(kase.childId(), AgendaReasons.of(kase)));
            referrals
                    .getIfAvailable(() -> ReferralsAwaitingDecision.NONE)
                    .childrenIn(area)
                    .forEach(child -> children.computeIfAbsent(child, c -> new java.util.ArrayList<>())
                            .add(AgendaReasons.REFERRAL));
        }
        upsert(meeting.id(), children);
        jdbc.sql("UPDATE meeting SET agenda_built_at = :now, version = version + 1 WHERE id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", meeting.id())
                .update();
        return jdbc.sql("SELECT count(*) FROM agenda_item WHERE meeting_id = :id AND child_id IS NOT NULL")
                .param("id", meeting.id())
                .query(Integer.class)
                .single();
    }

    /** One statement for the whole agenda: an area's register can bring hundreds of children. */
    private void upsert(long meetingId, Map<Long, List<String>> children) {
        if (children.isEmpty()) {
            return;
        }
        Long[] ids = children.keySet().toArray(Long[]::new);
        String[] reasons =
                children.values().stream().map(r -> String.join(",", r)).toArray(String[]::new);
        jdbc.sql("""
                        INSERT INTO agenda_item (meeting_id, position, kind, child_id, reasons)
                        SELECT :meeting, base.next + c.ord, 'CHILD', c.child, string_to_array(c.reasons, ',')
                          FROM unnest(CAST(:children AS bigint[]), CAST(:reasons AS text[])) WITH ORDINALITY
                               AS c(child, reasons, ord),
                               (SELECT coalesce(max(position), 0) AS next FROM agenda_item WHERE meeting_id = :meeting) base
                        ON CONFLICT (meeting_id, child_id) WHERE child_id IS NOT NULL DO UPDATE
                           SET reasons = EXCLUDED.reasons || CASE WHEN 'ADDED' = ANY (agenda_item.reasons)
                                                                  THEN ARRAY['ADDED'] ELSE ARRAY[]::text[] END
                        """)
                .param("meeting", meetingId)
                .param("children", ids)
                .param("reasons", reasons)
                .update();
    }

    /** Adds a child by hand, or marks a child already listed as also added by hand. */
    @Transactional
    void addChild(long meetingId, long childId) {
        jdbc.sql("""
                        INSERT INTO agenda_item (meeting_id, position, kind, child_id, reasons)
                        SELECT :meeting, coalesce(max(position), 0) + 1, 'CHILD', :child, ARRAY['ADDED']
                          FROM agenda_item WHERE meeting_id = :meeting
                        ON CONFLICT (meeting_id, child_id) WHERE child_id IS NOT NULL DO UPDATE
                           SET reasons = CASE WHEN 'ADDED' = ANY (agenda_item.reasons) THEN agenda_item.reasons
                                              ELSE agenda_item.reasons || ARRAY['ADDED'] END
                        """).param("meeting", meetingId).param("child", childId).update();
    }

    /** Adds a theme by hand. */
    @Transactional
    long addTopic(long meetingId, String kind, String title, long userId) {
        return addEntity(meetingId, kind, null, title, userId);
    }

    /**
     * Adds a person of concern or place from the intelligence network by hand; its title is the entity's reference
     * (never its name, which is read through intelligence's scope when the agenda is shown).
     */
    @Transactional
    long addEntity(long meetingId, String kind, Long entityId, String title, long userId) {
        return jdbc.sql("""
                        INSERT INTO agenda_item (meeting_id, position, kind, title, entity_id, reasons, added_by)
                        SELECT :meeting, coalesce(max(position), 0) + 1, :kind, :title, :entity, ARRAY['ADDED'], :user
                          FROM agenda_item WHERE meeting_id = :meeting
                        RETURNING id
                        """)
                .param("meeting", meetingId)
                .param("kind", kind)
                .param("title", title)
                .param("entity", entityId)
                .param("user", userId)
                .query(Long.class)
                .single();
    }
}
