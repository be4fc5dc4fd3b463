package app.haven.identity.admin;

import app.haven.identity.AccountSecurity;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The users list, one account's summary, and disabling or enabling it (accounts are never deleted). */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final String LIST_VIEW = "identity/admin/users";
    static final String USER_VIEW = "identity/admin/user";

    private final UserDirectory directory;
    private final Agencies agencies;
    private final UserAdministration administration;
    private final AccountSecurity security;

    UserAdminController(
            UserDirectory directory, Agencies agencies, UserAdministration administration, AccountSecurity security) {
        this.directory = directory;
        this.agencies = agencies;
        this.administration = administration;
        this.security = security;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    String listUsers(@ModelAttribute("search") UserSearch search, Model model) {
        UserDirectory.Found found = directory.search(search);
        List<Option> agencyFilter = new ArrayList<>();
        agencyFilter.add(new Option("", "All agencies"));
        agencyFilter.addAll(agencies.options(Optional.empty()));
        model.addAttribute("search", search);
        model.addAttribute("users", found.users());
        model.addAttribute("total", found.total());
        model.addAttribute("page", search.pageNumber());
        model.addAttribute(
                "totalPages", Math.max(1, (found.total() + UserDirectory.PAGE_SIZE - 1) / UserDirectory.PAGE_SIZE));
        model.addAttribute("basePath", basePath(search));
        model.addAttribute("agencyOptions", agencyFilter);
        model.addAttribute(
                "statusOptions",
                List.of(
                        new Option("", "Active and disabled"),
                        new Option("active", "Active"),
                        new Option("disabled", "Disabled")));
        return LIST_VIEW;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    String showUser(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal actor, Model model) {
        return user(model, existing(id), actor, FormErrors.none());
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    String disableUser(
            @PathVariable long id,
            @AuthenticationPrincipal HavenPrincipal actor,
            Model model,
            RedirectAttributes flash) {
        UserView user = existing(id);
        // An administrator who disables themselves could leave the partnership with nobody to undo it.
        if (actor.userId() == id) {
            return user(
                    model,
                    user,
                    actor,
                    FormErrors.builder()
                            .form("You cannot disable your own account")
                            .build());
        }
        administration.setEnabled(actor.userId(), id, false);
        // Disabled means out now, not at the end of their session.
        security.endSessions(user.email());
        flash.addFlashAttribute("success", user.name() + "'s account is disabled");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    String enableUser(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal actor, RedirectAttributes flash) {
        UserView user = existing(id);
        administration.setEnabled(actor.userId(), id, true);
        flash.addFlashAttribute("success", user.name() + "'s account is enabled");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    String unlockUser(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal actor, RedirectAttributes flash) {
        UserView user = existing(id);
        administration.unlock(actor.userId(), id);
        flash.addFlashAttribute("success", user.name() + " can sign in again now");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/reset-mfa")
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    String resetUserMfa(
            @PathVariable long id, @AuthenticationPrincipal HavenPrincipal actor, RedirectAttributes flash) {
        UserView user = existing(id);
        administration.resetMfa(actor.userId(), id);
        flash.addFlashAttribute("success", user.name() + " will set up an authenticator app at their next sign-in");
        return "redirect:/admin/users/" + id;
    }

    private UserView existing(long id) {
        return directory.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String user(Model model, UserView user, HavenPrincipal actor, FormErrors errors) {
        model.addAttribute("user", user);
        model.addAttribute("self", actor.userId() == user.id());
        model.addAttribute("errors", errors);
        return USER_VIEW;
    }

    /** The list's URL with its filters, for the pagination links to add a page number to. */
    private static String basePath(UserSearch search) {
        return UriComponentsBuilder.fromPath("/admin/users")
                .queryParam("q", search.text())
                .queryParam("agency", search.agencyId().map(String::valueOf).orElse(""))
                .queryParam("status", search.statusFilter())
                .encode()
                .build()
                .toUriString();
    }
}
