package app.haven.chronology;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.identity.ChildAccess;
import app.haven.identity.OutsideRecordScope;
import app.haven.people.People;
import app.haven.people.PersonKind;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A child's chronology, its printable version, and flagging entries as significant. */
@Controller
class ChronologyController {

    static final String VIEW = "chronology/timeline";
    static final String PRINT_VIEW = "chronology/print";

    private final People people;
    private final ChildAccess access;
    private final ChronologyEntries entries;
    private final AuditLog audit;
    private final Clock clock;

    ChronologyController(People people, ChildAccess access, ChronologyEntries entries, AuditLog audit, Clock clock) {
        this.people = people;
        this.access = access;
        this.entries = entries;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/children/{childId}/chronology")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showChronology(
            @PathVariable long childId,
            @ModelAttribute("filter") ChronologyFilter filter,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal HavenPrincipal user,
            Authentication authentication,
            Model model) {
        Optional<String> elsewhere = redirect(childId, user, "/chronology");
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        audit.childRecordViewed(childId, "chronology", childId);
        // Page 0 means "every entry" inside fill (printing); a typed page number never does.
        fill(childId, filter, Math.max(page, 1), model);
        model.addAttribute("canMarkSignificance", holds(authentication, "EDIT_CHILD"));
        return VIEW;
    }

    @GetMapping("/children/{childId}/chronology/print")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String printChronology(
            @PathVariable long childId,
            @ModelAttribute("filter") ChronologyFilter filter,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model) {
        Optional<String> elsewhere = redirect(childId, user, "/chronology/print");
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        audit.record(AuditAction.PRINT, "chronology", childId, Optional.of(childId), Optional.empty());
        ChronologyFilter used = fill(childId, filter, 0, model);
        model.addAttribute("printedBy", user.displayName() + ", " + user.agencyName());
        model.addAttribute(
                "printedAt", ChronologyEntries.WHEN.format(clock.instant().atZone(ZoneId.of("Europe/London"))));
        model.addAttribute("filter", used);
        return PRINT_VIEW;
    }

    @PostMapping("/children/{childId}/chronology/{entryId}/significance")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String toggleSignificance(
            @PathVariable long childId,
            @PathVariable long entryId,
            @RequestParam(name = "back", defaultValue = "") String back,
            @AuthenticationPrincipal HavenPrincipal user) {
        PersonSummary child = child(childId);
        if (!access.canOpen(user, child.id())) {
            throw OutsideRecordScope.child(childId);
        }
        if (!entries.toggleSignificance(people.recordIds(child.id()), entryId, user.userId())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(
                AuditAction.UPDATE, "chronology-entry", entryId, Optional.of(child.id()), Optional.of("significance"));
        String query = back.matches("\\?[A-Za-z0-9=&._-]*") ? back : "";
        return "redirect:/children/" + child.id() + "/chronology" + query + "#entry-" + entryId;
    }

    /**
     * Where to send the user instead: the kept record of a merged one. Scope is checked first, on the kept record,
     * so the redirect never tells someone outside scope which record a merged one became.
     */
    private Optional<String> redirect(long childId, HavenPrincipal user, String suffix) {
        PersonSummary child = child(childId);
        if (!access.canOpen(user, child.id())) {
            throw OutsideRecordScope.child(childId);
        }
        if (child.id() != childId) {
            return Optional.of("redirect:/children/" + child.id() + suffix);
        }
        return Optional.empty();
    }

    /** Whether to offer an action: the handler's own check still decides. */
    private static boolean holds(Authentication authentication, String permission) {
        return authentication.getAuthorities().stream().anyMatch(a -> permission.equals(a.getAuthority()));
    }

    private PersonSummary child(long childId) {
        return people.find(childId)
                .filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Puts the timeline in the model; invalid filters are reported and the whole timeline shown. */
    private ChronologyFilter fill(long childId, ChronologyFilter filter, int page, Model model) {
        List<Long> ids = people.recordIds(childId);
        FormErrors errors = filter.validate();
        ChronologyFilter used = errors.hasErrors() ? ChronologyFilter.none(filter.order()) : filter;
        ChronologyEntries.Page found = entries.find(ids, used, page == 0 ? 1 : page);
        if (page == 0 && found.total() > ChronologyEntries.PAGE_SIZE) {
            found = entries.findAll(ids, used);
        }
        model.addAttribute("child", people.find(childId).orElseThrow());
        model.addAttribute("entries", found.entries());
        model.addAttribute("total", found.total());
        model.addAttribute("page", Math.max(page, 1));
        model.addAttribute("pages", (int)
                Math.max(1, (found.total() + ChronologyEntries.PAGE_SIZE - 1) / ChronologyEntries.PAGE_SIZE));
        model.addAttribute("agencies", entries.agencies(ids));
        model.addAttribute("types", entries.types(ids));
        model.addAttribute("errors", errors);
        return used;
    }
}
