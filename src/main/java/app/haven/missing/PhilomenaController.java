package app.haven.missing;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.people.People;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** A looked-after child's Philomena profile: the current version, saving the next, earlier versions, and the PDF. */
@Controller
class PhilomenaController {

    static final String VIEW = "missing/philomena";

    private final MissingPages pages;
    private final PhilomenaProfiles profiles;
    private final EpisodeQueries episodes;
    private final People people;
    private final AuditLog audit;

    PhilomenaController(
            MissingPages pages, PhilomenaProfiles profiles, EpisodeQueries episodes, People people, AuditLog audit) {
        this.pages = pages;
        this.profiles = profiles;
        this.episodes = episodes;
        this.people = people;
        this.audit = audit;
    }

    @GetMapping("/children/{childId}/philomena")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showProfile(@PathVariable long childId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        PersonSummary child = pages.viewChild(childId, "philomena-profile", user, model);
        return page(child, PhilomenaForm.of(profiles.current(child.id())), FormErrors.none(), user, model);
    }

    @PostMapping("/children/{childId}/philomena")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String saveProfile(
            @PathVariable long childId,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String photoReference,
            @RequestParam(defaultValue = "") String friendsAndAssociates,
            @RequestParam(defaultValue = "") String placesFrequented,
            @RequestParam(defaultValue = "") String phoneAndSocialMedia,
            @RequestParam(defaultValue = "") String healthNeeds,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        PersonSummary child = pages.child(childId, user);
        if (!profiles.lookedAfter(child.id())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the child is not looked after");
        }
        PhilomenaForm form = new PhilomenaForm(
                description,
                photoReference,
                friendsAndAssociates,
                placesFrequented,
                phoneAndSocialMedia,
                healthNeeds,
                version);
        FormErrors errors = form.check();
        if (!errors.hasErrors()) {
            if (profiles.save(child.id(), form, user)) {
                redirect.addFlashAttribute("message", "Philomena profile saved.");
                return "redirect:/children/" + child.id() + "/philomena";
            }
            errors = FormErrors.builder()
                    .form("Someone saved a newer version of this profile while you were editing. Your changes are"
                            + " below, beside theirs: save again to replace it.")
                    .build();
            form = new PhilomenaForm(
                    description,
                    photoReference,
                    friendsAndAssociates,
                    placesFrequented,
                    phoneAndSocialMedia,
                    healthNeeds,
                    profiles.current(child.id()).map(PhilomenaProfile::version).orElse(0));
            model.addAttribute("conflict", true);
        }
        pages.viewChild(childId, "philomena-profile", user, model);
        return page(child, form, errors, user, model);
    }

    @GetMapping("/children/{childId}/philomena.pdf")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    ResponseEntity<byte[]> printProfile(@PathVariable long childId, @AuthenticationPrincipal HavenPrincipal user) {
        PersonSummary child = pages.child(childId, user);
        PhilomenaProfile profile =
                profiles.current(child.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record(AuditAction.PRINT, "philomena-profile", child.id(), Optional.of(child.id()), Optional.empty());
        byte[] pdf = PhilomenaPdf.render(
                child,
                profile,
                episodes.forChild(people.recordIds(child.id())),
                user.displayName() + ", " + user.agencyName());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"philomena-" + child.id() + ".pdf\"")
                .header("Cache-Control", "no-store")
                .body(pdf);
    }

    private String page(PersonSummary child, PhilomenaForm form, FormErrors errors, HavenPrincipal user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("current", profiles.current(child.id()));
        model.addAttribute("versions", profiles.versions(child.id()));
        model.addAttribute("lookedAfter", profiles.lookedAfter(child.id()));
        model.addAttribute("canEdit", MissingAccess.may(user, "EDIT_CHILD"));
        return VIEW;
    }
}
