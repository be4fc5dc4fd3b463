package app.haven.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Lets an administrator check the hash chain. Verifying reads the whole log, so it runs only when asked (a
 * POST from the button), not whenever the page is opened or prefetched. An intact chain's head is then
 * published at once (on demand, besides the regular interval).
 */
@Controller
class ChainVerificationController {

    static final String VERIFY_VIEW = "audit/verify";
    static final String PATH = "/admin/audit/verify";

    private final ChainVerifier verifier;
    private final ChainHeadPublisher publisher;

    ChainVerificationController(ChainVerifier verifier, ChainHeadPublisher publisher) {
        this.verifier = verifier;
        this.publisher = publisher;
    }

    @GetMapping(PATH)
    @PreAuthorize("hasAuthority('VIEW_AUDIT')")
    String showVerification(Model model) {
        model.addAttribute("result", null);
        model.addAttribute("published", null);
        return VERIFY_VIEW;
    }

    @PostMapping(PATH)
    @PreAuthorize("hasAuthority('VIEW_AUDIT')")
    String verifyChain(Model model) {
        ChainVerification result = verifier.verify();
        model.addAttribute("result", result);
        model.addAttribute(
                "published",
                result.isIntact()
                        ? publisher
                                .publish()
                                .map(head -> "Its head (" + head.count() + " entries, ending at entry " + head.lastId()
                                        + ") was published outside the database.")
                                .orElse(null)
                        : null);
        return VERIFY_VIEW;
    }
}
