package app.haven.cases;

import app.haven.audit.AuditLog;
import app.haven.identity.Workforce;
import app.haven.people.People;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import app.haven.screening.ChildScreenings;
import app.haven.screening.ScreeningSummary;
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

/**
 * A child's place on the register: their open case, or their past cases and the form to put them on it, from a
 * screening at or above the partnership's threshold or with a reason.
 */
@Controller
class ChildCaseController {

    static final String VIEW = "cases/open";

    private final CasePages pages;
    private final CaseQueries queries;
    private final Cases cases;
    private final Catalogues catalogues;
    private final CaseSettings settings;
    private final Workforce workforce;
    private final ChildScreenings screenings;
    private final People people;
    private final AuditLog audit;

    ChildCaseController(
            CasePages pages,
            CaseQueries queries,
            Cases cases,
            Catalogues catalogues,
            CaseSettings settings,
            Workforce workforce,
            ChildScreenings screenings,
            People people,
            AuditLog audit) {
        this.pages = pages;
        this.queries = queries;
        this.cases = cases;
        this.catalogues = catalogues;
        this.settings = settings;
        this.workforce = workforce;
        this.screenings = screenings;
        this.people = people;
        this.audit = audit;
    }

    @GetMapping("/children/{childId}/case")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showChildCase(@PathVariable long childId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        PersonSummary child = pages.child(childId, user);
        List<CaseView> all = queries.forChild(people.recordIds(child.id()));
        Optional<CaseView> open = all.stream().filter(CaseView::open).findFirst();
        if (open.isEmpty()) {
            // An open case is audited when its page opens; this page shows the child's screening and past cases.
            audit.childRecordViewed(child.id(), "register", child.id());
        }
        if (open.isPresent()) {
            return "redirect:/cases/" + open.get().id();
        }
        List<Workforce.Area> areas = workforce.areasOf(user);
        String area = areas.isEmpty() ? "" : String.valueOf(areas.get(0).id());
        String lead = colleagues(area).stream().anyMatch(o -> o.value().equals(String.valueOf(user.userId())))
                ? String.valueOf(user.userId())
                : "";
        return form(child, all, new OpenCaseForm(area, lead, "", List.of(), List.of()), FormErrors.none(), user, model);
    }

    @PostMapping("/children/{childId}/cases")
    @PreAuthorize("hasAuthority('MANAGE_CASE')")
    String openCase(
            @PathVariable long childId,
            @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "") String lead,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) List<String> models,
            @RequestParam(required = false) List<String> factors,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        PersonSummary child = pages.child(childId, user);
        OpenCaseForm form = new OpenCaseForm(area, lead, reason, models, factors);
        Optional<ScreeningSummary> screening = qualifyingScreening(child.id());
        FormErrors errors = check(form, screening, user);
        List<CaseView> all = queries.forChild(people.recordIds(child.id()));
        if (errors.hasErrors()) {
            audit.childRecordViewed(child.id(), "register", child.id());
            return form(child, all, form, errors, user, model);
        }
        try {
            long caseId = cases.open(
                    new Cases.Opening(
                            child.id(),
                            Long.parseLong(form.area()),
                            Long.parseLong(form.lead()),
                            screening.or(() -> screenings.latestFor(people.recordIds(child.id()))),
                            form.reason(),
                            form.models(),
                            form.factors()),
                    user);
            redirect.addFlashAttribute("message", child.name() + " is on the register. A planning meeting is due.");
            return "redirect:/cases/" + caseId;
        } catch (Cases.AlreadyOpen alreadyOpen) {
            FormErrors taken = FormErrors.builder()
                    .form("Someone has just put " + child.name() + " on the register. Open their case instead.")
                    .build();
            audit.childRecordViewed(child.id(), "register", child.id());
            return form(child, queries.forChild(people.recordIds(child.id())), form, taken, user, model);
        }
    }

    /** The latest screening, when its standing band is at or above the partnership's threshold. */
    private Optional<ScreeningSummary> qualifyingScreening(long childId) {
        int threshold = settings.current().thresholdRank();
        return screenings.latestFor(people.recordIds(childId)).filter(s -> s.bandRank() >= threshold);
    }

    private FormErrors check(OpenCaseForm form, Optional<ScreeningSummary> screening, HavenPrincipal user) {
        FormErrors.Builder errors = FormErrors.builder();
        boolean areaKnown = workforce.areasOf(user).stream()
                .anyMatch(a -> String.valueOf(a.id()).equals(form.area()));
        if (!areaKnown) {
            errors.field("area", "Select the area whose register the child goes on");
        }
        if (form.lead().isEmpty()) {
            errors.field("lead", "Select the lead professional");
        } else if (areaKnown
                && colleagues(form.area()).stream().noneMatch(o -> o.value().equals(form.lead()))) {
            errors.field("lead", "Select a lead professional who works in the area");
        }
        if (screening.isEmpty() && form.reason().isEmpty()) {
            errors.field("reason", "Enter why the child goes on the register without a screening at the threshold");
        } else if (form.reason().length() > OpenCaseForm.MAX_REASON) {
            errors.field("reason", "Reason must be " + OpenCaseForm.MAX_REASON + " characters or fewer");
        }
        if (!Catalogues.unknown(catalogues.cseModels(), form.models()).isEmpty()) {
            errors.field("models", "Select models of exploitation from the list");
        }
        if (!Catalogues.unknown(catalogues.cinFactors(), form.factors()).isEmpty()) {
            errors.field("factors", "Select factors from the list");
        }
        return errors.build();
    }

    private List<Option> colleagues(String area) {
        if (!area.matches("[0-9]{1,18}")) {
            return List.of();
        }
        return workforce.colleaguesIn(Long.parseLong(area)).stream()
                .map(c -> new Option(String.valueOf(c.id()), c.label()))
                .toList();
    }

    private String form(
            PersonSummary child,
            List<CaseView> history,
            OpenCaseForm form,
            FormErrors errors,
            HavenPrincipal user,
            Model model) {
        Optional<ScreeningSummary> latest = screenings.latestFor(people.recordIds(child.id()));
        model.addAttribute("child", child);
        model.addAttribute("history", history);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("latest", latest);
        model.addAttribute(
                "atThreshold",
                latest.filter(s -> s.bandRank() >= settings.current().thresholdRank())
                        .isPresent());
        model.addAttribute(
                "areas",
                workforce.areasOf(user).stream()
                        .map(a -> new Option(String.valueOf(a.id()), a.name()))
                        .toList());
        model.addAttribute(
                "leads",
                workforce.areasOf(user).stream()
                        .flatMap(a -> colleagues(String.valueOf(a.id())).stream())
                        .distinct()
                        .toList());
        model.addAttribute("canManage", CasePages.may(user, "MANAGE_CASE"));
        model.addAttribute("models", catalogues.cseModels());
        model.addAttribute("factors", catalogues.cinFactors());
        return VIEW;
    }
}
