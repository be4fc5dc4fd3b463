package app.haven.intelligence;

import app.haven.intelligence.network.LinkType;
import java.time.LocalDate;
import java.util.Optional;

/** A link as checked from its form: its ends, type, dates, confidence and the evidence it cites. */
record NewLink(
        long fromEntity,
        long toEntity,
        LinkType type,
        LocalDate validFrom,
        Optional<LocalDate> validTo,
        String confidence,
        Evidence evidence) {

    /**
     * What a link rests on: a report, a missing episode, a return interview or a disclosure made in one, a referral, or
     * a disclosure recorded with the referrals module.
     */
    record Evidence(String kind, long id) {
        static final String REPORT = "REPORT";
        static final String EPISODE = "MISSING_EPISODE";
        static final String INTERVIEW = "RETURN_INTERVIEW";
        static final String DISCLOSURE = "DISCLOSURE";
        static final String REFERRAL = "REFERRAL";
        static final String RECORDED_DISCLOSURE = "REFERRAL_DISCLOSURE";
    }
}
