package app.haven.missing;

import app.haven.people.ChildRecordChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Episodes follow a merge of child records, in the merge's own transaction: those of a merged record move to the kept
 * record (keeping where they came from), so every count and rule sees one child; undoing the merge moves them back.
 * {@link MissingMergeObjection} refuses a merge that would put two overlapping episodes on one child first; should one
 * slip past it (a race), the exclusion constraint fails the merge rather than dropping an episode.
 */
@Component
class MergedEpisodes {

    private final JdbcClient jdbc;

    MergedEpisodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void recordsChanged(ChildRecordChanged changed) {
        switch (changed.change()) {
            case MERGED -> merged(changed.childId());
            case UNMERGED -> unmerged(changed.childId());
            default -> {}
        }
    }

    private void merged(long kept) {
        jdbc.sql("""
                        UPDATE missing_episode e SET merged_from_child_id = e.child_id, child_id = p.merged_into,
                               version = e.version + 1
                          FROM person p WHERE p.id = e.child_id AND p.merged_into = :kept
                        """).param("kept", kept).update();
    }

    private void unmerged(long kept) {
        jdbc.sql("""
                        UPDATE missing_episode e SET child_id = e.merged_from_child_id, merged_from_child_id = NULL,
                               version = e.version + 1
                          FROM person p
                         WHERE e.child_id = :kept AND p.id = e.merged_from_child_id
                           AND p.merged_into IS DISTINCT FROM :kept
                        """).param("kept", kept).update();
    }
}
