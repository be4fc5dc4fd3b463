package app.haven.referrals;

import app.haven.platform.ReferralsAwaitingDecision;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells a meeting's agenda which children of an area have a referral sent and not yet decided (accepted, declined or
 * redirected), so the multi-agency group sees referrals stuck at a front door.
 */
@Component
class ReferralsAwaitingMeeting implements ReferralsAwaitingDecision {

    private final JdbcClient jdbc;

    ReferralsAwaitingMeeting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Long> childrenIn(long areaId) {
        return jdbc.sql("SELECT DISTINCT child_id FROM referral WHERE area_id = :area AND status = 'SENT'")
                .param("area", areaId)
                .query(Long.class)
                .list();
    }
}
