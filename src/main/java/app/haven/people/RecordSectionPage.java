package app.haven.people;

import app.haven.platform.web.FormErrors;
import org.springframework.ui.Model;

/** The model every record-section form shares: whose record, where to go back to, and the errors. */
final class RecordSectionPage {

    private RecordSectionPage() {}

    static String show(String view, PersonSummary person, Object form, FormErrors errors, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("base", RecordGuard.base(person));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return view;
    }

    /** A page confirming a removal or an end, optionally asking the date it ended. */
    static String confirm(
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
