package app.haven.people;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Address history: add an address, record a move out. */
@Controller
class AddressController {

    static final String VIEW = "people/addressForm";

    private final RecordGuard guard;
    private final RecordSectionPage pages;
    private final PersonAddresses addresses;
    private final Clock clock;

    AddressController(RecordGuard guard, RecordSectionPage pages, PersonAddresses addresses, Clock clock) {
        this.guard = guard;
        this.pages = pages;
        this.addresses = addresses;
        this.clock = clock;
    }

    @GetMapping({"/children/{id}/addresses/new", "/people/{id}/addresses/new"})
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showAddAddress(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        return pages.show(VIEW, guard.require(id, user), AddressForm.empty(), FormErrors.none(), model);
    }

    @PostMapping({"/children/{id}/addresses/new", "/people/{id}/addresses/new"})
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String addAddress(
            @PathVariable long id,
            @ModelAttribute("form") AddressForm form,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        PersonSummary person = guard.require(id, user);
        FormErrors errors = form.validate(LocalDate.now(clock));
        if (errors.hasErrors()) {
            return pages.show(VIEW, person, form, errors, model);
        }
        addresses.add(id, form.toAddress(), user);
        return RecordSectionPage.done(person, "Address added", redirect);
    }

    @GetMapping({"/children/{id}/addresses/{addressId}/end", "/people/{id}/addresses/{addressId}/end"})
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showEndAddress(
            @PathVariable long id,
            @PathVariable long addressId,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model) {
        PersonSummary person = guard.require(id, user);
        return endPage(person, addressId, new EndForm(null), FormErrors.none(), model);
    }

    @PostMapping({"/children/{id}/addresses/{addressId}/end", "/people/{id}/addresses/{addressId}/end"})
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String endAddress(
            @PathVariable long id,
            @PathVariable long addressId,
            @ModelAttribute("form") EndForm form,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        PersonSummary person = guard.require(id, user);
        LocalDate moved =
                addresses.startOf(id, addressId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        FormErrors errors = form.validate(LocalDate.now(clock));
        if (!errors.hasErrors() && form.date().toDate().get().isBefore(moved)) {
            errors = FormErrors.builder()
                    .date("date", "Date they moved out must be on or after " + PersonRecordQueries.WHEN.format(moved))
                    .build();
        }
        if (errors.hasErrors()) {
            return endPage(person, addressId, form, errors, model);
        }
        addresses.end(id, addressId, form.date().toDate().get(), user);
        return RecordSectionPage.done(person, "Address updated", redirect);
    }

    private String endPage(PersonSummary person, long addressId, EndForm form, FormErrors errors, Model model) {
        return pages.confirm(
                person,
                "When did they move out?",
                "The address stays in their address history.",
                "Save",
                "/addresses/" + addressId + "/end",
                true,
                form,
                errors,
                model);
    }
}
