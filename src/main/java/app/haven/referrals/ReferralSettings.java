package app.haven.referrals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The partnership's referral timescales (table {@code referral_setting}), which an administrator changes. */
@Service
class ReferralSettings {

    /** Working days to a decision (routine, urgent), to the police response, to the NRM decisions. */
    record Values(
            int decisionWorkingDays,
            int urgentDecisionWorkingDays,
            int policeResponseWorkingDays,
            int nrmReasonableWorkingDays,
            int nrmConclusiveDays,
            int version) {

        int decisionDays(String urgency) {
            return "URGENT".equals(urgency) ? urgentDecisionWorkingDays : decisionWorkingDays;
        }
    }

    private final JdbcClient jdbc;

    ReferralSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Values current() {
        return jdbc.sql("""
                        SELECT decision_working_days, urgent_decision_working_days, police_response_working_days,
                               nrm_reasonable_working_days, nrm_conclusive_days, version FROM referral_setting
                        """)
                .query((rs, row) ->
                        new Values(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
                .single();
    }

    /** Saves new values unless someone saved others since these were read; false when they did. */
    boolean change(Values values) {
        return jdbc.sql("""
                                UPDATE referral_setting SET decision_working_days = :decision,
                                       urgent_decision_working_days = :urgent, police_response_working_days = :police,
                                       nrm_reasonable_working_days = :reasonable, nrm_conclusive_days = :conclusive,
                                       version = version + 1
                                 WHERE version = :version
                                """)
                        .param("decision", values.decisionWorkingDays())
                        .param("urgent", values.urgentDecisionWorkingDays())
                        .param("police", values.policeResponseWorkingDays())
                        .param("reasonable", values.nrmReasonableWorkingDays())
                        .param("conclusive", values.nrmConclusiveDays())
                        .param("version", values.version())
                        .update()
                == 1;
    }
}
