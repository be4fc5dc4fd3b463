package app.haven.referrals;

import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The receiving agency's referral queue and a worker's caseload; each audited once with the referrals shown. */
@Controller
class QueueController {

    private final ReferralQueue queue;
    private final AuditLog audit;
    private final Clock clock;

    QueueController(ReferralQueue queue, AuditLog audit, Clock clock) {
        this.queue = queue;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/referrals")
    @PreAuthorize("hasAuthority('RECEIVE_REFERRALS')")
    String showQueue(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        List<QueueRow> waiting = queue.received(user, ReferralStatus.SENT);
        List<QueueRow> working = queue.received(user, ReferralStatus.ACCEPTED);
        audit.listShown(
                "referral",
                "referrals",
                Stream.concat(waiting.stream(), working.stream())
                        .map(QueueRow::id)
                        .toList());
        model.addAttribute("waiting", waiting);
        model.addAttribute("working", working);
        model.addAttribute("waitingCount", queue.count(user, ReferralStatus.SENT));
        model.addAttribute("workingCount", queue.count(user, ReferralStatus.ACCEPTED));
        model.addAttribute(
                "outcomes",
                queue.outcomes(
                        user,
                        LocalDate.now(clock.withZone(ReferralDispatch.LONDON)).minusYears(1)));
        return "referrals/queue";
    }

    @GetMapping("/referrals/caseload")
    @PreAuthorize("hasAuthority('DIRECT_WORK')")
    String showCaseload(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        List<QueueRow> caseload = queue.caseload(user);
        audit.listShown(
                "referral", "referrals", caseload.stream().map(QueueRow::id).toList());
        model.addAttribute("caseload", caseload);
        return "referrals/caseload";
    }
}
