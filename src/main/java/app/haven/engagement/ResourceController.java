package app.haven.engagement;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors write resources as drafts (with a file or a link), publish them to the public pages and withdraw them. */
@Controller
class ResourceController {

    private final Resources resources;
    private final ResourceUploads uploads;
    private final EngagementScope scope;
    private final Clock clock;

    ResourceController(Resources resources, ResourceUploads uploads, EngagementScope scope, Clock clock) {
        this.resources = resources;
        this.uploads = uploads;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/engagement")
    @PreAuthorize("hasAuthority('EDIT_RESOURCES')")
    String home(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        model.addAttribute("resources", resources.ofAreas(user));
        return "engagement/home";
    }

    @GetMapping("/engagement/resources/new")
    @PreAuthorize("hasAuthority('EDIT_RESOURCES')")
    String newResource(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        return form(ResourceForm.blank(), "", FormErrors.none(), user, model);
    }

    @PostMapping("/engagement/resources")
    @PreAuthorize("hasAuthority('EDIT_RESOURCES')")
    String createResource(
            @RequestParam(defaultValue = "") String area,
            @RequestParam(required = false) MultipartFile file,
            HttpServletRequest request,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        ResourceForm form = ResourceForm.of(request.getParameterMap());
        FormErrors.Builder errors = FormErrors.builder();
        Optional<ResourceForm.Checked> checked = form.check(today(), errors);
        Optional<Long> areaId = chosenArea(area, user);
        if (areaId.isEmpty()) {
            errors.field("area", "Select the area publishing the resource");
        }
        boolean hasFile = uploads.check(file, errors);
        FormErrors found = errors.build();
        if (checked.isEmpty() || found.hasErrors()) {
            return form(form, area, found, user, model);
        }
        Optional<Resources.StoredFile> stored = hasFile ? Optional.of(uploads.store(file)) : Optional.empty();
        try {
            long id = resources.create(checked.get(), areaId.get(), stored, user);
            redirect.addFlashAttribute("message", "Draft saved. Publish it when it is ready.");
            return "redirect:/engagement/resources/" + id;
        } catch (RuntimeException failed) {
            stored.ifPresent(s -> uploads.discard(s.key()));
            throw failed;
        }
    }

    @GetMapping("/engagement/resources/{resourceId}")
    @PreAuthorize("hasAuthority('EDIT_RESOURCES')")
    String showResource(@PathVariable long resourceId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        model.addAttribute("resource", editable(resourceId, user));
        return "engagement/resource";
    }

    @PostMapping("/engagement/resources/{resourceId}/publish")
    @PreAuthorize("hasAuthority('EDIT_RESOURCES')")
    String publish(
            @PathVariable long resourceId,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            RedirectAttributes redirect) {
        return move(
                resourceId, version, "DRAFT", "PUBLISHED", "Published: it is now on the public pages.", user, redirect);
    }

    @PostMapping("/engagement/resources/{resourceId}/withdraw")
    @PreAuthorize("hasAuthority('EDIT_RESOURCES')")
    String withdraw(
            @PathVariable long resourceId,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            RedirectAttributes redirect) {
        return move(
                resourceId,
                version,
                "PUBLISHED",
                "WITHDRAWN",
                "Withdrawn: it is no longer on the public pages.",
                user,
                redirect);
    }

    private String move(
            long id,
            int version,
            String from,
            String to,
            String done,
            HavenPrincipal user,
            RedirectAttributes redirect) {
        editable(id, user);
        boolean moved = resources.move(id, version, from, to, user);
        redirect.addFlashAttribute(
                "message",
                moved
                        ? done
                        : "Nothing changed: someone else changed this resource since you opened it. Check it and try"
                                + " again.");
        return "redirect:/engagement/resources/" + id;
    }

    private ResourceView editable(long id, HavenPrincipal user) {
        return resources
                .editable(id, user)
                .orElseThrow(() -> new AccessDeniedException("resource outside the user's areas"));
    }

    private Optional<Long> chosenArea(String area, HavenPrincipal user) {
        List<Long> mine = scope.areaIds(user);
        if (mine.size() == 1 && area.isBlank()) {
            return Optional.of(mine.get(0));
        }
        try {
            long id = Long.parseLong(area);
            return mine.contains(id) ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private String form(ResourceForm form, String area, FormErrors errors, HavenPrincipal user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("area", area);
        model.addAttribute("areas", scope.areas(user));
        model.addAttribute("errors", errors);
        model.addAttribute("maxMegabytes", uploads.maxMegabytes());
        model.addAttribute("kinds", EngagementChoices.KINDS);
        model.addAttribute("audienceOptions", EngagementChoices.AUDIENCES);
        model.addAttribute("topicOptions", EngagementChoices.TOPICS);
        return "engagement/newResource";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(EngagementMeasures.LONDON));
    }
}
