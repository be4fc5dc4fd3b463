package app.haven.intelligence;

import app.haven.intelligence.network.LinkType;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The analysts' list of proposed links, each accepted (choosing the entity and type) or rejected with a reason. */
@Controller
class ProposalController {

    static final String VIEW = "intelligence/proposal";

    private final Proposals proposals;
    private final IntelligencePages pages;

    ProposalController(Proposals proposals, IntelligencePages pages) {
        this.proposals = proposals;
        this.pages = pages;
    }

    @GetMapping("/intelligence/proposals")
    @PreAuthorize("hasAuthority('VIEW_INTELLIGENCE')")
    String showProposals(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        List<ProposalView> open = proposals.open(user);
        pages.listShown(
                "intel-proposals", open.stream().map(ProposalView::childId).toList());
        model.addAttribute("proposals", open);
        model.addAttribute("errors", FormErrors.none());
        return "intelligence/proposals";
    }

    @GetMapping("/intelligence/proposals/{proposalId}")
    @PreAuthorize("hasAuthority('VIEW_INTELLIGENCE')")
    String showProposal(@PathVariable long proposalId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        return page(proposal(proposalId, user), FormErrors.none(), "", "", "", user, model);
    }

    @PostMapping("/intelligence/proposals/{proposalId}/accept")
    @PreAuthorize("hasAuthority('GRADE_INTELLIGENCE')")
    String acceptProposal(
            @PathVariable long proposalId,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String linkType,
            @RequestParam(defaultValue = "MEDIUM") String confidence,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ProposalView proposal = proposal(proposalId, user);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<References.Reference> target = References.parse(to).filter(r -> r.kind() != 'R');
        if (target.isEmpty()) {
            errors.field("to", "Enter the entity to link the child to, like I-12, or a person record, like P-340");
        }
        if (!IntelChoices.isOneOf(IntelChoices.LINK_TYPES, linkType)) {
            errors.field("linkType", "Select the type of link");
        }
        if (!IntelChoices.isOneOf(IntelChoices.CONFIDENCE, confidence)) {
            errors.field("confidence", "Select how confident you are in the link");
        }
        if (!errors.build().hasErrors()) {
            try {
                proposals.accept(proposal, target.get(), LinkType.valueOf(linkType), confidence, user);
                redirect.addFlashAttribute("message", "Proposal accepted: the link is in the network.");
                return "redirect:/intelligence/proposals";
            } catch (LinkRefused refused) {
                EntityController.add(errors, refused);
            }
        }
        return page(proposal, errors.build(), to, linkType, "", user, model);
    }

    @PostMapping("/intelligence/proposals/{proposalId}/reject")
    @PreAuthorize("hasAuthority('GRADE_INTELLIGENCE')")
    String rejectProposal(
            @PathVariable long proposalId,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ProposalView proposal = proposal(proposalId, user);
        FormErrors.Builder errors = FormErrors.builder();
        if (reason.isBlank() || reason.length() > 1000) {
            errors.field(
                    "reason",
                    reason.isBlank()
                            ? "Enter why the link is rejected"
                            : "The reason must be 1,000 characters or fewer");
        } else {
            try {
                proposals.reject(proposal, reason.strip(), user);
                redirect.addFlashAttribute("message", "Proposal rejected.");
                return "redirect:/intelligence/proposals";
            } catch (LinkRefused refused) {
                EntityController.add(errors, refused);
            }
        }
        return page(proposal, errors.build(), "", "", reason, user, model);
    }

    private ProposalView proposal(long id, HavenPrincipal user) {
        return proposals
                .visible(id, user)
                .orElseThrow(() -> proposals.exists(id)
                        ? new AccessDeniedException("proposal outside record scope")
                        : new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(
            ProposalView proposal,
            FormErrors errors,
            String to,
            String linkType,
            String reason,
            HavenPrincipal user,
            Model model) {
        pages.childShown(proposal.childId(), "intel-proposal", proposal.id());
        model.addAttribute("proposal", proposal);
        model.addAttribute("errors", errors);
        model.addAttribute("typedTo", to);
        model.addAttribute("typedType", linkType);
        model.addAttribute("typedReason", reason);
        model.addAttribute("canDecide", IntelligenceScope.may(user, "GRADE_INTELLIGENCE"));
        model.addAttribute("linkTypes", IntelChoices.LINK_TYPES);
        model.addAttribute("confidence", IntelChoices.CONFIDENCE);
        return VIEW;
    }
}
