package app.haven.intelligence;

import app.haven.intelligence.network.NodeKind;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.SummaryRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing an entity's details (a person's flag and role; a place's, vehicle's, phone's, account's or operation's
 * details) for those who record intelligence and may see the entity. A stale save shows the saved details beside what
 * was typed; a change that makes it another record's duplicate points to that record; nothing is saved either way.
 */
@Controller
class EntityEditController {

    static final String VIEW = "intelligence/editEntity";

    private final IntelligencePages pages;
    private final EntityChanges changes;
    private final EntityQueries queries;
    private final LocationTypes locationTypes;

    EntityEditController(
            IntelligencePages pages, EntityChanges changes, EntityQueries queries, LocationTypes locationTypes) {
        this.pages = pages;
        this.changes = changes;
        this.queries = queries;
        this.locationTypes = locationTypes;
    }

    /** Open to all who see intelligence; only those who record it are given the form (the others are told who may). */
    @GetMapping("/intelligence/entities/{entityId}/edit")
    @PreAuthorize("hasAuthority('VIEW_INTELLIGENCE')")
    String editEntity(@PathVariable long entityId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        EntityView entity = pages.entity(entityId, user);
        EntityChanges.Saved saved = changes.saved(entityId);
        EntityForm form = saved.form();
        if (entity.kind() == NodeKind.PERSON && form.concernRole().isEmpty()) {
            form = form.withRole(ConcernFlag.NONE);
        }
        return page(entity, form, saved.version(), FormErrors.none(), Optional.empty(), Optional.empty(), user, model);
    }

    @PostMapping("/intelligence/entities/{entityId}/edit")
    @PreAuthorize("hasAuthority('RECORD_INTELLIGENCE')")
    String changeEntity(
            @PathVariable long entityId,
            @ModelAttribute EntityForm typed,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        EntityView entity = pages.entity(entityId, user);
        // The kind and area are the entity's own, whatever the form says.
        EntityForm form = typed.of(entity.kind().name(), entity.personId(), entity.areaId());
        FormErrors.Builder errors = FormErrors.builder();
        Optional<Boolean> saved;
        try {
            saved = save(entity, form, version, errors);
        } catch (DuplicateEntity existing) {
            Optional<EntityView> duplicate = queries.visible(existing.existingId(), user);
            errors.form(duplicate
                    .map(d -> "These details are already recorded as " + d.reference()
                            + ": nothing was changed. Use that record, or correct the details")
                    .orElse("These details are already recorded in an area you do not cover: nothing was changed."
                            + " Ask the intelligence analysts there"));
            return page(entity, form, version, errors.build(), duplicate, Optional.empty(), user, model);
        }
        if (saved.isEmpty()) {
            return page(entity, form, version, errors.build(), Optional.empty(), Optional.empty(), user, model);
        }
        if (!saved.get()) {
            EntityChanges.Saved theirs = changes.saved(entityId);
            FormErrors stale = FormErrors.builder()
                    .form("Someone changed this record while you were editing it. Nothing of yours was saved yet:"
                            + " compare the saved details with yours below, change yours if you need to, and save"
                            + " again.")
                    .build();
            return page(
                    entity, form, theirs.version(), stale, Optional.empty(), Optional.of(theirs.form()), user, model);
        }
        redirect.addFlashAttribute("message", "Changes saved.");
        return "redirect:/intelligence/entities/" + entityId;
    }

    /** Saved (true), stale (false), or empty when the form has errors. */
    private Optional<Boolean> save(EntityView entity, EntityForm form, int version, FormErrors.Builder errors) {
        if (entity.kind() == NodeKind.PERSON) {
            Optional<Optional<String>> role = ConcernFlag.read(entity.child(), form.concernRole(), errors);
            if (form.description().length() > 2000) {
                errors.field("description", "What is known must be 2,000 characters or fewer");
            }
            if (role.isEmpty() || errors.build().hasErrors()) {
                return Optional.empty();
            }
            return Optional.of(changes.change(
                    entity, new EntityChanges.PersonChange(role.get(), EntityForm.text(form.description())), version));
        }
        Optional<NewEntity> changed = form.check(entity.areaId(), locationTypes.current(), errors);
        if (changed.isEmpty() || errors.build().hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(changes.change(entity, changed.get(), version));
    }

    private String page(
            EntityView entity,
            EntityForm form,
            int version,
            FormErrors errors,
            Optional<EntityView> duplicate,
            Optional<EntityForm> theirs,
            HavenPrincipal user,
            Model model) {
        pages.shown(entity, "intel-entity", List.of());
        model.addAttribute("entity", entity);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("duplicate", duplicate);
        model.addAttribute("theirs", theirs.map(this::rows));
        model.addAttribute("roles", ConcernFlag.choices(entity.child()));
        model.addAttribute("locationTypes", locationTypes.current());
        model.addAttribute("canRecord", IntelligenceScope.may(user, "RECORD_INTELLIGENCE"));
        return VIEW;
    }

    /** The saved details, as rows to read beside the form. */
    private List<SummaryRow> rows(EntityForm saved) {
        List<SummaryRow> rows = new ArrayList<>();
        add(rows, "Role", IntelChoices.label(IntelChoices.CONCERN_ROLES, saved.concernRole()));
        add(rows, "Type of place", IntelChoices.label(locationTypes.current(), saved.locationType()));
        add(rows, "Address", saved.address());
        add(rows, "Postcode", saved.postcode());
        add(rows, "Latitude", saved.latitude());
        add(rows, "Longitude", saved.longitude());
        add(rows, "Registration", saved.registration());
        add(rows, "Make and model", saved.make());
        add(rows, "Colour", saved.colour());
        add(rows, "Phone number", saved.phoneNumber());
        add(rows, "Platform", saved.platform());
        add(rows, "Handle", saved.handle());
        add(rows, "Operation name", saved.name());
        add(rows, "What is known", saved.description());
        return rows;
    }

    private static void add(List<SummaryRow> rows, String key, String value) {
        if (!value.isBlank()) {
            rows.add(SummaryRow.of(key, value));
        }
    }
}
