package app.haven.cases;

import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.Option;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The register of children at risk: the user's area's open cases, or every area they may see (the pan-partnership
 * view for partnership-wide roles), filtered and sorted. Only children the user may open are listed.
 */
@Controller
class RegisterController {

    static final String VIEW = "cases/register";

    private final Register register;
    private final Workforce workforce;
    private final Catalogues catalogues;

    private final app.haven.audit.AuditLog audit;

    RegisterController(Register register, Workforce workforce, Catalogues catalogues, app.haven.audit.AuditLog audit) {
        this.register = register;
        this.workforce = workforce;
        this.catalogues = catalogues;
        this.audit = audit;
    }

    @GetMapping("/register")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showRegister(
            @RequestParam(required = false) String area,
            @RequestParam(defaultValue = "") String band,
            @RequestParam(defaultValue = "") String lead,
            @RequestParam(defaultValue = "") String model,
            @RequestParam(defaultValue = "") String age,
            @RequestParam(defaultValue = "") String flag,
            @RequestParam(defaultValue = "") String sort,
            @RequestParam(defaultValue = "1") String page,
            @AuthenticationPrincipal HavenPrincipal user,
            Model view) {
        List<Workforce.Area> areas = workforce.areasOf(user);
        // With one area there is nothing to choose; with several the default is all of them (pan-partnership).
        String chosen = area != null
                ? area
                : areas.size() == 1 ? String.valueOf(areas.get(0).id()) : "";
        RegisterFilter filter = new RegisterFilter(chosen, band, lead, model, age, flag, sort, number(page));
        List<Long> areaIds = areas.stream().map(Workforce.Area::id).toList();
        RegisterPage result = register.page(filter, areaIds, user);
        audit.listShown(
                "register",
                "cases",
                result.rows().stream().map(RegisterRow::caseId).toList());
        List<Option> areaOptions = new ArrayList<>();
        if (areas.size() > 1) {
            areaOptions.add(new Option("", "All areas"));
        }
        areas.forEach(a -> areaOptions.add(new Option(String.valueOf(a.id()), a.name())));
        List<Option> models = new ArrayList<>(List.of(new Option("", "Any model")));
        models.addAll(catalogues.cseModels());
        view.addAttribute("filter", filter);
        view.addAttribute("result", result);
        view.addAttribute("areas", areaOptions);
        view.addAttribute(
                "areaName",
                areas.stream()
                        .filter(a -> String.valueOf(a.id()).equals(filter.area()))
                        .map(Workforce.Area::name)
                        .findFirst()
                        .orElse("All areas"));
        view.addAttribute("models", models);
        List<Option> leads = new ArrayList<>(List.of(new Option("", "Anyone"), new Option("me", "Me")));
        leads.addAll(register.leads(areaIds));
        view.addAttribute("leads", leads);
        view.addAttribute("bands", RegisterFilter.BANDS);
        view.addAttribute("ages", RegisterFilter.AGES);
        view.addAttribute("flags", RegisterFilter.FLAGS);
        view.addAttribute("sorts", RegisterFilter.SORTS);
        return VIEW;
    }

    private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile("[0-9]{1,6}");

    private static int number(String page) {
        return PAGE_NUMBER.matcher(page).matches() ? Integer.parseInt(page) : 1;
    }
}
