package app.haven.disruption;

import app.haven.intelligence.EntityView;
import app.haven.platform.web.FormErrors;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the pages that record a new measure or prosecution against a subject share: saving a form that checked and
 * going to the new record's page, or else showing the form again (audited once) with what was typed and why.
 */
final class NewRecordPage {

    private NewRecordPage() {}

    /**
     * Saves the checked form and answers the redirect to the new record's page ({@code path} + its id) with the
     * message "{@code reference}id recorded."; empty when the form did not check or the rules refused the record
     * (nothing saved, the reasons added to {@code errors}).
     */
    static <T> Optional<String> saved(
            Optional<T> checked,
            ToLongFunction<T> save,
            FormErrors.Builder errors,
            RedirectAttributes redirect,
            String reference,
            String path) {
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        try {
            long id = save.applyAsLong(checked.get());
            redirect.addFlashAttribute("message", reference + id + " recorded.");
            return Optional.of("redirect:" + path + id);
        } catch (RecordRefused refused) {
            MeasureForm.add(errors, refused);
            return Optional.empty();
        }
    }

    /** Audits once that the form about this subject was shown, and gives the page the subject, form and errors. */
    static void shown(
            DisruptionPages pages, String page, EntityView entity, Object form, FormErrors errors, Model model) {
        pages.shown(
                page, entity.id(), entity.child() ? entity.personId().stream().toList() : List.of());
        model.addAttribute("entity", entity);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
    }
}
