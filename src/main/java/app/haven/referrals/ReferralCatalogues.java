package app.haven.referrals;

import app.haven.platform.web.Option;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The module's catalogues (data an administrator changes) and the agencies a referral may go to. */
@Service
class ReferralCatalogues {

    private final JdbcClient jdbc;

    ReferralCatalogues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Codes and labels in use from a catalogue table of this module, in its order. */
    List<Option> options(String table) {
        if (!List.of("referral_reason", "lawful_basis", "session_topic", "disclosure_kind", "police_response_kind")
                .contains(table)) {
            throw new IllegalArgumentException("not a catalogue: " + table);
        }
        return jdbc.sql("SELECT code, label FROM " + table + " WHERE NOT retired ORDER BY position")
                .query((rs, row) -> new Option(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** Whether every code is in use in the catalogue. */
    boolean allInUse(String table, List<String> codes) {
        List<String> inUse = options(table).stream().map(Option::value).toList();
        return !codes.isEmpty() && inUse.containsAll(codes);
    }

    /** Agencies in use that serve this area, other than the referrer's own: where a referral may go. */
    List<Option> receivingAgencies(long area, long ownAgency) {
        return jdbc.sql("""
                        SELECT a.id, a.name FROM agency a JOIN agency_area aa ON aa.agency_id = a.id
                         WHERE aa.area_id = :area AND NOT a.retired AND a.id <> :own ORDER BY a.name
                        """)
                .param("area", area)
                .param("own", ownAgency)
                .query((rs, row) -> new Option(String.valueOf(rs.getLong(1)), rs.getString(2)))
                .list();
    }

    /** The agency's name, if it may receive a referral in this area from that agency now. */
    Optional<String> receiving(long agency, long area, long ownAgency) {
        return receivingAgencies(area, ownAgency).stream()
                .filter(o -> o.value().equals(String.valueOf(agency)))
                .map(Option::label)
                .findFirst();
    }

    /** The codes of the reasons a referral gives. */
    List<String> reasonCodes(long referral) {
        return jdbc.sql("SELECT reason_code FROM referral_reason_given WHERE referral_id = :id ORDER BY reason_code")
                .param("id", referral)
                .query(String.class)
                .list();
    }
}
