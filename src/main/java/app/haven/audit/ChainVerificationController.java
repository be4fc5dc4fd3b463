package app.haven.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Lets an administrator check the hash chain. Verifying reads the whole log, so it runs only when asked (a
 * POST from the button), not whenever the page is opened or prefetched.
 */
@Controller
class ChainVerificationController {

    static final String VERIFY_VIEW = "audit/verify";
    static final String PATH = "/admin/audit/verify";

    private final ChainVerifier verifier;

    ChainVerificationController(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping(PATH)
    @PreAuthorize("hasAuthority('VIEW_AUDIT')")
    String showVerification(Model model) {
        model.addAttribute("result", null);
        return VERIFY_VIEW;
    }

    @PostMapping(PATH)
    @PreAuthorize("hasAuthority('VIEW_AUDIT')")
    String verifyChain(Model model) {
        model.addAttribute("result", verifier.verify());
        return VERIFY_VIEW;
    }
}
