package app.haven.engagement;

import app.haven.identity.ChildAccess;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Survey codes and results for staff: codes are issued for an area and an audience (for one child's case only with
 * consent to link the answers), shown once; results are shown per question with small numbers suppressed.
 */
@Controller
class SurveyController {

    static final List<Option> AUDIENCES = List.of(
            new Option("CHILDREN_YOUNG_PEOPLE", "Children and young people"),
            new Option("PARENTS_CARERS", "Parents and carers"));

    private final Surveys surveys;
    private final EngagementScope scope;
    private final ChildAccess children;

    SurveyController(Surveys surveys, EngagementScope scope, ChildAccess children) {
        this.surveys = surveys;
        this.scope = scope;
        this.children = children;
    }

    @GetMapping("/engagement/surveys")
    @PreAuthorize("hasAuthority('RECORD_ENGAGEMENT')")
    String surveys(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        return page(user, "", "", "1", "", false, FormErrors.none(), model);
    }

    @PostMapping("/engagement/surveys/codes")
    @PreAuthorize("hasAuthority('RECORD_ENGAGEMENT')")
    String issueCodes(
            @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "") String audience,
            @RequestParam(defaultValue = "") String count,
            @RequestParam(defaultValue = "") String child,
            @RequestParam(defaultValue = "false") boolean consent,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        FormErrors.Builder errors = FormErrors.builder();
        List<Long> areas = scope.areaIds(user);
        Optional<Long> areaId = number(area)
                .filter(areas::contains)
                .or(() -> areas.size() == 1 && area.isBlank() ? Optional.of(areas.get(0)) : Optional.empty());
        if (areaId.isEmpty()) {
            errors.field("area", "Select the area");
        }
        if (AUDIENCES.stream().noneMatch(o -> o.value().equals(audience))) {
            errors.field("audience", "Select who the survey is for");
        }
        Optional<Long> many = number(count).filter(n -> n >= 1 && n <= 200);
        if (many.isEmpty()) {
            errors.field("count", "Enter how many codes you need, from 1 to 200");
        }
        Optional<Long> childId = number(child.strip().replaceFirst("^[Pp]-?", ""));
        if (!child.isBlank() && (childId.isEmpty() || !children.canOpen(user, childId.get()))) {
            errors.field("child", "Enter the number of a child whose record you may open, like P-340");
        } else if (!child.isBlank() && !consent) {
            errors.field("consent", "Answers are linked to a child's case only with consent: confirm it was given");
        } else if (!child.isBlank() && many.orElse(0L) != 1) {
            errors.field("count", "Issue one code for a child's case");
        }
        FormErrors found = errors.build();
        if (found.hasErrors()) {
            return page(user, area, audience, count, child, consent, found, model);
        }
        List<String> codes = surveys.issue(
                areaId.get(), audience, many.get().intValue(), child.isBlank() ? Optional.empty() : childId, user);
        redirect.addFlashAttribute("codes", codes);
        return "redirect:/engagement/surveys";
    }

    private String page(
            HavenPrincipal user,
            String area,
            String audience,
            String count,
            String child,
            boolean consent,
            FormErrors errors,
            Model model) {
        model.addAttribute(
                "areas",
                scope.areas(user).stream()
                        .map(a -> new Option(String.valueOf(a.id()), a.name()))
                        .toList());
        model.addAttribute("area", area);
        model.addAttribute("audience", audience);
        model.addAttribute("count", count);
        model.addAttribute("child", child);
        model.addAttribute("consent", consent);
        model.addAttribute("audiences", AUDIENCES);
        model.addAttribute("errors", errors);
        model.addAttribute("childResults", surveys.results("CHILDREN_YOUNG_PEOPLE", user));
        model.addAttribute("carerResults", surveys.results("PARENTS_CARERS", user));
        return "engagement/surveys";
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
