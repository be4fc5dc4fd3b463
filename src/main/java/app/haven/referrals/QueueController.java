package app.haven.referrals;

import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The receiving agency's referral queue and a worker's caseload, a page at a time; each audited once with the
 * referrals shown.
 */
@Controller
class QueueController {

    private final ReferralQueue queue;
    private final AuditLog audit;

    QueueController(ReferralQueue queue, AuditLog audit) {
        this.queue = queue;
        this.audit = audit;
    }

    @GetMapping("/referrals")
    @PreAuthorize("hasAuthority('RECEIVE_REFERRALS')")
    String showQueue(
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "1") int openPage,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model) {
        ReferralQueue.Queue shown = queue.queue(user, page, openPage);
        QueueFigures.Figures counts = shown.figures();
        int waitingPage = shown.waitingPage();
        int workingPage = shown.workingPage();
        List<QueueRow> waiting = shown.waiting();
        List<QueueRow> working = shown.working();
        audit.listShown(
                "referral",
                "referrals",
                Stream.concat(waiting.stream(), working.stream())
                        .map(QueueRow::id)
                        .toList());
        model.addAttribute("waiting", waiting);
        model.addAttribute("working", working);
        model.addAttribute("waitingPage", waitingPage);
        model.addAttribute("workingPage", workingPage);
        model.addAttribute("waitingCount", counts.waiting());
        model.addAttribute("workingCount", counts.working());
        model.addAttribute("waitingPages", ReferralQueue.pages(counts.waiting()));
        model.addAttribute("workingPages", ReferralQueue.pages(counts.working()));
        model.addAttribute("outcomes", counts.outcomes());
        return "referrals/queue";
    }

    @GetMapping("/referrals/caseload")
    @PreAuthorize("hasAuthority('DIRECT_WORK')")
    String showCaseload(
            @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        ReferralQueue.Caseload read = queue.caseload(user, page);
        QueueFigures.Figures counts = read.figures();
        int shown = read.page();
        List<QueueRow> caseload = read.rows();
        audit.listShown(
                "referral", "referrals", caseload.stream().map(QueueRow::id).toList());
        model.addAttribute("caseload", caseload);
        model.addAttribute("page", shown);
        model.addAttribute("count", counts.caseload());
        model.addAttribute("pages", ReferralQueue.pages(counts.caseload()));
        return "referrals/caseload";
    }
}
