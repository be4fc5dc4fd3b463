package app.haven.cases;

import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A case's page: its summary, the team around the child, reviews, closures, audits and history; the planning
 * meeting, team changes and reopening. */
@Controller
class CaseController {

    static final String VIEW = "cases/case";
    static final int MAX_ROLE = 120;
    static final int MAX_REASON = 2000;

    private final CasePages pages;
    private final CaseQueries queries;
    private final Cases cases;
    private final TeamAroundChild team;
    private final Workforce workforce;
    private final Catalogues catalogues;
    private final Clock clock;

    CaseController(
            CasePages pages,
            CaseQueries queries,
            Cases cases,
            TeamAroundChild team,
            Workforce workforce,
            Catalogues catalogues,
            Clock clock) {
        this.pages = pages;
        this.queries = queries;
        this.cases = cases;
        this.team = team;
        this.workforce = workforce;
        this.catalogues = catalogues;
        this.clock = clock;
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showCase(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        return page(pages.open(id, user, model), FormErrors.none(), DateParts.empty(), "", "", "", user, model);
    }

    @PostMapping("/cases/{id}/planning-meeting")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String recordPlanningMeeting(
            @PathVariable long id,
            @RequestParam(name = "heldOn.day", defaultValue = "") String day,
            @RequestParam(name = "heldOn.month", defaultValue = "") String month,
            @RequestParam(name = "heldOn.year", defaultValue = "") String year,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        CaseView kase = pages.openForChange(id, user, model);
        DateParts parts = new DateParts(day, month, year);
        Optional<LocalDate> held = parts.toDate();
        FormErrors.Builder errors = FormErrors.builder();
        if (parts.isBlank()) {
            errors.date("heldOn", "Enter the date the planning meeting was held");
        } else if (held.isEmpty()) {
            errors.date("heldOn", "Date the meeting was held must be a real date");
        } else if (held.get().isAfter(LocalDate.now(clock))) {
            errors.date("heldOn", "Date the meeting was held must be today or in the past");
        } else if (held.get().isBefore(kase.openedOn().minusMonths(1))) {
            errors.date(
                    "heldOn",
                    "Date the meeting was held must be no more than a month before the child went on the register");
        }
        if (errors.build().hasErrors()) {
            return page(kase, errors.build(), parts, "", "", "", user, model);
        }
        cases.planningMeetingHeld(kase.ref(), held.get(), user);
        redirect.addFlashAttribute("message", "Planning meeting recorded");
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/team")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String addTeamMember(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String member,
            @RequestParam(defaultValue = "") String role,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        CaseView kase = pages.openForChange(id, user, model);
        String cleanRole = role.strip();
        FormErrors.Builder errors = FormErrors.builder();
        Optional<Workforce.Colleague> colleague = workforce.colleaguesIn(kase.areaId()).stream()
                .filter(c -> String.valueOf(c.id()).equals(member))
                .findFirst();
        if (colleague.isEmpty()) {
            errors.field("member", "Select a professional who works in the area");
        } else if (team.current(id).stream()
                .anyMatch(m -> m.userId() == colleague.get().id())) {
            errors.field("member", colleague.get().name() + " is already in the team around the child");
        }
        if (cleanRole.isEmpty()) {
            errors.field("role", "Enter their role for the child, for example school nurse");
        } else if (cleanRole.length() > MAX_ROLE) {
            errors.field("role", "Role must be " + MAX_ROLE + " characters or fewer");
        }
        if (errors.build().hasErrors()) {
            return page(kase, errors.build(), DateParts.empty(), member, role, "", user, model);
        }
        team.add(kase.ref(), colleague.get().id(), cleanRole, user);
        redirect.addFlashAttribute("message", colleague.get().name() + " joined the team around the child");
        return "redirect:/cases/" + id + "#team";
    }

    @PostMapping("/cases/{id}/team/{memberId}/remove")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String removeTeamMember(
            @PathVariable long id,
            @PathVariable long memberId,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        CaseView kase = pages.openForChange(id, user, model);
        boolean removed = team.remove(kase.ref(), memberId, user);
        redirect.addFlashAttribute(
                "message",
                removed
                        ? "Removed from the team around the child"
                        : "The lead professional cannot be removed: change the lead professional first");
        return "redirect:/cases/" + id + "#team";
    }

    @PostMapping("/cases/{id}/reopen")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String reopenCase(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        CaseView kase = pages.open(id, user, model);
        if (kase.open()) {
            return "redirect:/cases/" + id;
        }
        String why = reason.strip();
        FormErrors.Builder errors = FormErrors.builder();
        if (why.isEmpty()) {
            errors.field("reason", "Enter why the case is reopened");
        } else if (why.length() > MAX_REASON) {
            errors.field("reason", "Reason must be " + MAX_REASON + " characters or fewer");
        }
        if (errors.build().hasErrors()) {
            return page(kase, errors.build(), DateParts.empty(), "", "", reason, user, model);
        }
        try {
            cases.reopen(kase.ref(), why, user);
        } catch (Cases.AlreadyOpen anotherOpen) {
            redirect.addFlashAttribute("message", "The child already has another open case");
            return "redirect:/children/" + kase.childId() + "/case";
        }
        redirect.addFlashAttribute("message", "Case reopened. A planning meeting is due.");
        return "redirect:/cases/" + id;
    }

    private String page(
            CaseView kase,
            FormErrors errors,
            DateParts heldOn,
            String member,
            String role,
            String reopenReason,
            HavenPrincipal user,
            Model model) {
        model.addAttribute("errors", errors);
        model.addAttribute("heldOn", heldOn);
        model.addAttribute("member", member);
        model.addAttribute("role", role);
        model.addAttribute("reopenReason", reopenReason);
        model.addAttribute("team", team.current(kase.id()));
        model.addAttribute("history", queries.history(kase.id()));
        model.addAttribute(
                "colleagues",
                workforce.colleaguesIn(kase.areaId()).stream()
                        .map(c -> new Option(String.valueOf(c.id()), c.label()))
                        .toList());
        model.addAttribute("modelLabels", labels(catalogues.cseModels(), kase.models()));
        model.addAttribute("factorLabels", labels(catalogues.cinFactors(), kase.cinFactors()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canManage", CasePages.may(user, "MANAGE_CASE"));
        model.addAttribute("canApprove", CasePages.may(user, "APPROVE"));
        model.addAttribute("userId", user.userId());
        return VIEW;
    }

    private static List<String> labels(List<Option> catalogue, List<String> codes) {
        return codes.stream().map(code -> Catalogues.labelOf(catalogue, code)).toList();
    }
}
