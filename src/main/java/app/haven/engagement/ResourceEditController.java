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

/**
 * Editing a draft or published resource (a withdrawn one is kept as it was). The editor's save names the version they
 * opened: if someone saved in between, nothing is saved and the page shows their changes beside the resource as it is
 * now. Saving a published resource changes the public pages at once and moves its review reminders to the new date.
 */
@Controller
class ResourceEditController {

    private final Resources resources;
    private final ResourceEdits edits;
    private final ResourceUploads uploads;
    private final Clock clock;

    ResourceEditController(Resources resources, ResourceEdits edits, ResourceUploads uploads, Clock clock) {
        this.resources = resources;
        this.edits = edits;
        this.uploads = uploads;
        this.clock = clock;
    }

    @GetMapping("/engagement/resources/{resourceId}/edit")
    @PreAuthorize("hasAuthority('EDIT_RESOURCES')")
    String editResource(
            @PathVariable long resourceId,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ResourceView resource = editable(resourceId, user);
        if ("WITHDRAWN".equals(resource.status())) {
            redirect.addFlashAttribute("message", "A withdrawn resource cannot be changed: write a new one instead.");
            return "redirect:/engagement/resources/" + resourceId;
        }
        return form(resource, ResourceForm.of(resource), resource.version(), FormErrors.none(), null, model);
    }

    @PostMapping("/engagement/resources/{resourceId}/edit")
    @PreAuthorize("hasAuthority('EDIT_RESOURCES')")
    String saveResource(
            @PathVariable long resourceId,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(required = false) MultipartFile file,
            HttpServletRequest request,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        ResourceView before = editable(resourceId, user);
        ResourceForm form = ResourceForm.of(request.getParameterMap());
        FormErrors.Builder errors = FormErrors.builder();
        Optional<ResourceForm.Checked> checked = form.check(today(), errors);
        boolean hasFile = uploads.check(file, errors);
        FormErrors found = errors.build();
        if (checked.isEmpty() || found.hasErrors()) {
            return form(before, form, version, found, null, model);
        }
        if (before.version() != version || "WITHDRAWN".equals(before.status())) {
            return form(before, form, before.version(), FormErrors.none(), before, model);
        }
        Optional<Resources.StoredFile> stored = hasFile ? Optional.of(uploads.store(file)) : Optional.empty();
        ResourceEdits.Edit edit;
        try {
            edit = edits.update(resourceId, version, checked.get(), stored, user);
        } catch (RuntimeException failed) {
            stored.ifPresent(s -> uploads.discard(s.key()));
            throw failed;
        }
        if (!edit.saved()) {
            stored.ifPresent(s -> uploads.discard(s.key()));
            ResourceView now = editable(resourceId, user);
            return form(now, form, now.version(), FormErrors.none(), now, model);
        }
        edit.replacedFileKey().ifPresent(uploads::discard);
        redirect.addFlashAttribute(
                "message",
                "PUBLISHED".equals(before.status()) ? "Saved: the public pages show your changes." : "Draft saved.");
        return "redirect:/engagement/resources/" + resourceId;
    }

    private ResourceView editable(long id, HavenPrincipal user) {
        return resources
                .editable(id, user)
                .orElseThrow(() -> new AccessDeniedException("resource outside the user's areas"));
    }

    private String form(
            ResourceView resource,
            ResourceForm form,
            int version,
            FormErrors errors,
            ResourceView conflict,
            Model model) {
        model.addAttribute("form", form);
        model.addAttribute("area", "");
        model.addAttribute("areas", List.of());
        model.addAttribute("errors", errors);
        model.addAttribute("maxMegabytes", uploads.maxMegabytes());
        model.addAttribute("kinds", EngagementChoices.KINDS);
        model.addAttribute("audienceOptions", EngagementChoices.AUDIENCES);
        model.addAttribute("topicOptions", EngagementChoices.TOPICS);
        model.addAttribute("action", "/engagement/resources/" + resource.id() + "/edit");
        model.addAttribute("heading", "Edit " + resource.title());
        model.addAttribute("button", "Save changes");
        model.addAttribute("version", version);
        model.addAttribute("current", conflict);
        return "engagement/newResource";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(EngagementMeasures.LONDON));
    }
}
