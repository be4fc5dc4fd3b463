package app.haven.meetings;

import app.haven.platform.ReferralsAwaitingDecision;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What the meetings tests share: referrals awaiting a decision that a test sets (standing in for the referrals module,
 * through the same seam), so every meetings test runs in one application context.
 */
@TestConfiguration
class MeetingsTestConfig {

    /** Children awaiting a referral decision, by area, as a test set them. */
    static final Map<Long, List<Long>> REFERRALS = new ConcurrentHashMap<>();

    /** Stands in front of the referrals module's own answer, so a test sets the agenda's referral source exactly. */
    @Bean
    @org.springframework.context.annotation.Primary
    ReferralsAwaitingDecision testReferrals() {
        return area -> REFERRALS.getOrDefault(area, List.of());
    }
}
