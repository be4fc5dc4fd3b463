package app.haven.referrals;

import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The area a child's referral, disclosure or NRM referral belongs to: the child's own if the user covers it. */
@Component
class ReferralAreas {

    private final JdbcClient jdbc;
    private final Workforce workforce;

    ReferralAreas(JdbcClient jdbc, Workforce workforce) {
        this.jdbc = jdbc;
        this.workforce = workforce;
    }

    long areaFor(long child, HavenPrincipal user) {
        List<Long> covered =
                workforce.areasOf(user).stream().map(Workforce.Area::id).toList();
        Optional<Long> own = jdbc.sql("SELECT area_id FROM person WHERE id = :id AND area_id IS NOT NULL")
                .param("id", child)
                .query(Long.class)
                .optional();
        return own.filter(covered::contains)
                .or(() -> covered.stream().findFirst())
                .or(() -> own)
                .orElseThrow(() -> new IllegalStateException("no area for child " + child));
    }
}
