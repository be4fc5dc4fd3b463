package app.haven.missing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads episodes for the pages and the rules. Callers have checked the user may open the child. */
@Service
class EpisodeQueries {

    private static final String EPISODE = """
            SELECT e.*, ar.name AS area_name, u.display_name AS recorded_by_name,
                   ARRAY(SELECT description FROM missing_episode_involved i WHERE i.episode_id = e.id AND i.kind = 'PLACE'
                          ORDER BY i.position) AS places,
                   ARRAY(SELECT description FROM missing_episode_involved i WHERE i.episode_id = e.id AND i.kind = 'PERSON'
                          ORDER BY i.position) AS people,
                   (SELECT r.outcome FROM return_interview r WHERE r.episode_id = e.id) AS interview_outcome
              FROM missing_episode e JOIN area ar ON ar.id = e.area_id JOIN user_account u ON u.id = e.recorded_by
            """;

    private final JdbcClient jdbc;

    EpisodeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EpisodeView> find(long episodeId) {
        return jdbc.sql(EPISODE + " WHERE e.id = :id")
                .param("id", episodeId)
                .query((rs, row) -> view(rs))
                .optional();
    }

    /** A child's episodes across their merged records, newest first. */
    List<EpisodeView> forChild(List<Long> childRecordIds) {
        return jdbc.sql(EPISODE + " WHERE e.child_id IN (:ids) ORDER BY e.started_at DESC, e.id DESC")
                .param("ids", childRecordIds)
                .query((rs, row) -> view(rs))
                .list();
    }

    /** When each of a child's episodes ran, for the statutory rules. */
    List<EpisodeSpan> spans(List<Long> childRecordIds) {
        return jdbc.sql(
                        "SELECT id, started_at, ended_at FROM missing_episode WHERE child_id IN (:ids) ORDER BY started_at")
                .param("ids", childRecordIds)
                .query((rs, row) ->
                        new EpisodeSpan(rs.getLong(1), rs.getTimestamp(2).toInstant(), instant(rs.getTimestamp(3))))
                .list();
    }

    /** How many of a child's episodes started at or after a moment. */
    int startedSince(List<Long> childRecordIds, Instant since) {
        return jdbc.sql("SELECT count(*) FROM missing_episode WHERE child_id IN (:ids) AND started_at >= :since")
                .param("ids", childRecordIds)
                .param("since", Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    private static EpisodeView view(ResultSet rs) throws SQLException {
        return new EpisodeView(
                rs.getLong("id"),
                rs.getLong("child_id"),
                rs.getLong("area_id"),
                rs.getString("area_name"),
                rs.getString("category"),
                rs.getString("reported_by"),
                rs.getTimestamp("reported_at").toInstant(),
                Optional.ofNullable(rs.getString("police_reference")),
                rs.getTimestamp("started_at").toInstant(),
                instant(rs.getTimestamp("ended_at")),
                rs.getString("risk_grade"),
                rs.getString("risk_reason"),
                rs.getString("graded_by"),
                rs.getBoolean("looked_after"),
                Optional.ofNullable(rs.getString("where_found")),
                Optional.ofNullable(rs.getString("found_with")),
                Optional.ofNullable(rs.getString("how_returned")),
                Optional.ofNullable(rs.getString("harm_or_crime")),
                rs.getString("recorded_by_name"),
                rs.getInt("version"),
                strings(rs.getArray("places")),
                strings(rs.getArray("people")),
                Optional.ofNullable(rs.getString("interview_outcome")));
    }

    static Optional<Instant> instant(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
