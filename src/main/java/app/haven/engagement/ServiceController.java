package app.haven.engagement;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The directory of services: practitioners read it when planning support; engagement staff keep it. */
@Controller
class ServiceController {

    static final List<Option> CAPACITIES = List.of(
            new Option("OPEN", "Taking referrals"),
            new Option("WAITING_LIST", "Waiting list"),
            new Option("CLOSED", "Not taking referrals"));

    private final ServiceDirectory directory;
    private final EngagementScope scope;

    ServiceController(ServiceDirectory directory, EngagementScope scope) {
        this.directory = directory;
        this.scope = scope;
    }

    @GetMapping("/services")
    @PreAuthorize("hasAnyAuthority('VIEW_CHILD', 'RECORD_ENGAGEMENT')")
    String services(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        model.addAttribute("services", directory.inAreasOf(user));
        return "engagement/services";
    }

    @GetMapping("/services/new")
    @PreAuthorize("hasAuthority('RECORD_ENGAGEMENT')")
    String newService(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        return form(ServiceForm.blank(), FormErrors.none(), user, model);
    }

    @PostMapping("/services")
    @PreAuthorize("hasAuthority('RECORD_ENGAGEMENT')")
    String addService(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String provider,
            @RequestParam(defaultValue = "") String commissioned,
            @RequestParam(defaultValue = "") String offer,
            @RequestParam(defaultValue = "") String ageFrom,
            @RequestParam(defaultValue = "") String ageTo,
            @RequestParam(defaultValue = "") String howToRefer,
            @RequestParam(defaultValue = "") String capacity,
            @RequestParam(defaultValue = "") List<String> areas,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ServiceForm form = new ServiceForm(
                name,
                provider,
                commissioned,
                offer,
                ageFrom,
                ageTo,
                howToRefer,
                capacity,
                areas.stream().filter(a -> !a.isBlank()).toList());
        FormErrors.Builder errors = FormErrors.builder();
        Optional<ServiceForm.Checked> checked = form.check(scope.areaIds(user), errors);
        if (checked.isEmpty()) {
            return form(form, errors.build(), user, model);
        }
        long id = directory.add(checked.get(), user);
        redirect.addFlashAttribute("message", "Service added to the directory.");
        return "redirect:/services/" + id;
    }

    @GetMapping("/services/{serviceId}")
    @PreAuthorize("hasAnyAuthority('VIEW_CHILD', 'RECORD_ENGAGEMENT')")
    String showService(@PathVariable long serviceId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        model.addAttribute("service", visible(serviceId, user));
        model.addAttribute("capacities", CAPACITIES);
        return "engagement/service";
    }

    @PostMapping("/services/{serviceId}/capacity")
    @PreAuthorize("hasAuthority('RECORD_ENGAGEMENT')")
    String changeCapacity(
            @PathVariable long serviceId,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String capacity,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal HavenPrincipal user,
            RedirectAttributes redirect) {
        visible(serviceId, user);
        boolean valid =
                ServiceForm.CAPACITIES.contains(capacity) && note.strip().length() <= 300;
        boolean changed = valid
                && directory.capacity(
                        serviceId,
                        version,
                        capacity,
                        note.isBlank() ? Optional.empty() : Optional.of(note.strip()),
                        user);
        redirect.addFlashAttribute(
                "message",
                changed
                        ? "Capacity changed."
                        : valid
                                ? "Nothing changed: the service was changed since you opened it, or another area keeps"
                                        + " it."
                                : "Nothing changed: select whether it is taking referrals (a note of 300 characters"
                                        + " or fewer).");
        return "redirect:/services/" + serviceId;
    }

    private ServiceView visible(long id, HavenPrincipal user) {
        return directory
                .visible(id, user)
                .orElseThrow(() -> new AccessDeniedException("service not working in the user's areas"));
    }

    private String form(ServiceForm form, FormErrors errors, HavenPrincipal user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "areaOptions",
                scope.areas(user).stream()
                        .map(a -> new Option(String.valueOf(a.id()), a.name()))
                        .toList());
        model.addAttribute("capacities", CAPACITIES);
        return "engagement/newService";
    }
}
