package app.haven.people;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.web.FormErrors;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model every record-section form shares: whose record, where to go back to, and the errors. Every such page
 * shows part of a record (at least whose it is), so showing one is audited here, once, whether it is the empty form,
 * a confirmation or the form again with errors; a change that succeeds is audited where it is made instead.
 */
@Component
class RecordSectionPage {

    private final AuditLog audit;

    RecordSectionPage(AuditLog audit) {
        this.audit = audit;
    }

    String show(String view, PersonSummary person, Object form, FormErrors errors, Model model) {
        boolean child = person.kind() == PersonKind.CHILD;
        audit.record(
                AuditAction.VIEW,
                child ? "child" : "person",
                person.id(),
                child ? Optional.of(person.id()) : Optional.empty(),
                Optional.of(view.substring(view.indexOf('/') + 1)));
        model.addAttribute("person", person);
        model.addAttribute("base", RecordGuard.base(person));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return view;
    }

    /** A page confirming a removal or an end, optionally asking the date it ended. */
    String confirm(
            PersonSummary person,
            String heading,
            String explanation,
            String button,
            String action,
            boolean askDate,
            EndForm form,
            FormErrors errors,
            Model model) {
        model.addAttribute("heading", heading);
        model.addAttribute("explanation", explanation);
        model.addAttribute("button", button);
        model.addAttribute("action", RecordGuard.base(person) + action);
        model.addAttribute("askDate", askDate);
        return show(NameController.REMOVE_VIEW, person, form, errors, model);
    }

    static String done(
            PersonSummary person,
            String message,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", message);
        return "redirect:" + RecordGuard.base(person);
    }
}
