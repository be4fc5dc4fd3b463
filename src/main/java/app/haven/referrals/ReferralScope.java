package app.haven.referrals;

import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.platform.HavenPrincipal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Who may read a referral, as SQL put inside each query: whoever may open the child's record, and the receiving
 * agency's staff who work referrals in the referral's area (once it is sent). The second reach shows only what the
 * referral shares; accepting it starts the agency's involvement, which opens the record through the first.
 */
@Component
class ReferralScope {

    private final ChildAccess access;

    ReferralScope(ChildAccess access) {
        this.access = access;
    }

    /** The condition on a referral aliased {@code r}: the child's record, or the receiving agency's reach. */
    SqlCondition readable(HavenPrincipal user) {
        SqlCondition child = childRecord(user);
        Map<String, Object> parameters = new HashMap<>(child.parameters());
        parameters.putAll(receiverParameters(user));
        return new SqlCondition("((" + child.sql() + ") OR " + RECEIVER + ")", parameters);
    }

    /** The condition that the reader may open the referral's child's record. */
    SqlCondition childRecord(HavenPrincipal user) {
        return access.visibleChildren(user, "r.child_id");
    }

    /** The condition that the reader works the receiving agency's referrals in the referral's area. */
    SqlCondition received(HavenPrincipal user) {
        return new SqlCondition(RECEIVER, receiverParameters(user));
    }

    private static final String RECEIVER = "(CAST(:ref_receiver AS boolean) AND r.status <> 'DRAFT'"
            + " AND r.to_agency_id = :ref_agency AND EXISTS (SELECT 1 FROM user_area ua"
            + " WHERE ua.user_id = :ref_user AND ua.area_id = r.area_id))";

    private static Map<String, Object> receiverParameters(HavenPrincipal user) {
        return Map.of(
                "ref_receiver", worksReferrals(user),
                "ref_agency", user.agencyId(),
                "ref_user", user.userId());
    }

    /** Whether the user works an agency's referrals (decides them or does the direct work). */
    static boolean worksReferrals(HavenPrincipal user) {
        return may(user, "RECEIVE_REFERRALS") || may(user, "DIRECT_WORK");
    }

    static boolean may(HavenPrincipal user, String permission) {
        return user instanceof UserDetails details
                && details.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(permission));
    }
}
