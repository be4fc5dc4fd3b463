package app.haven.disruption;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateInput;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One measure's page: what it is, the children it protects, its breaches, and the forms to record a breach, renew or end it. */
@Controller
class MeasurePageController {

    static final String VIEW = "disruption/measure";

    private final DisruptionPages pages;
    private final DisruptionMeasures measures;
    private final Clock clock;

    MeasurePageController(DisruptionPages pages, DisruptionMeasures measures, Clock clock) {
        this.pages = pages;
        this.measures = measures;
        this.clock = clock;
    }

    @GetMapping("/disruption/measures/{measureId}")
    @PreAuthorize("hasAuthority('VIEW_INTELLIGENCE')")
    String showMeasure(@PathVariable long measureId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        return page(pages.measure(measureId, user), MeasureActionsForm.blank(), FormErrors.none(), user, model);
    }

    @PostMapping("/disruption/measures/{measureId}/breaches")
    @PreAuthorize("hasAuthority('RECORD_DISRUPTION')")
    String recordBreach(
            @PathVariable long measureId,
            @DateInput("breachOn") DateParts breachOn,
            @RequestParam(defaultValue = "") String what,
            @RequestParam(defaultValue = "") String action,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        MeasureView measure = pages.measure(measureId, user);
        MeasureActionsForm typed =
                new MeasureActionsForm(breachOn, what, action, DateParts.empty(), DateParts.empty(), "");
        FormErrors.Builder errors = FormErrors.builder();
        Optional<LocalDate> on = typed.breachOn().toDate();
        if (on.isEmpty()) {
            errors.date("breachOn", "Enter the date of the breach as a real date");
        }
        required(errors, "what", what, "Enter what the breach was");
        required(errors, "action", action, "Enter the action taken");
        if (on.isPresent()
                && !what.isBlank()
                && !action.isBlank()
                && what.length() <= 2000
                && action.length() <= 2000) {
            try {
                measures.breach(measure, on.get(), what.strip(), action.strip(), user);
                redirect.addFlashAttribute("message", "Breach recorded.");
                return "redirect:/disruption/measures/" + measureId;
            } catch (RecordRefused refused) {
                errors.date("breachOn", refused.getMessage());
            }
        }
        return page(measure, typed, errors.build(), user, model);
    }

    @PostMapping("/disruption/measures/{measureId}/renewal")
    @PreAuthorize("hasAuthority('RECORD_DISRUPTION')")
    String renewMeasure(
            @PathVariable long measureId,
            @DateInput("renewTo") DateParts renewTo,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        MeasureView measure = pages.measure(measureId, user);
        MeasureActionsForm typed = new MeasureActionsForm(DateParts.empty(), "", "", renewTo, DateParts.empty(), "");
        FormErrors.Builder errors = FormErrors.builder();
        Optional<LocalDate> to = typed.renewTo().toDate();
        if (to.isEmpty()) {
            errors.date("renewTo", "Enter the new expiry date as a real date");
        } else {
            try {
                measures.renew(measure, to.get(), version, user);
                redirect.addFlashAttribute("message", "Measure renewed.");
                return "redirect:/disruption/measures/" + measureId;
            } catch (RecordRefused refused) {
                errors.date("renewTo", refused.getMessage());
            } catch (DisruptionMeasures.StaleMeasure stale) {
                errors.form(STALE);
            }
        }
        return page(measure, typed, errors.build(), user, model);
    }

    @PostMapping("/disruption/measures/{measureId}/end")
    @PreAuthorize("hasAuthority('RECORD_DISRUPTION')")
    String endMeasure(
            @PathVariable long measureId,
            @DateInput("endedOn") DateParts endedOn,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        MeasureView measure = pages.measure(measureId, user);
        MeasureActionsForm typed =
                new MeasureActionsForm(DateParts.empty(), "", "", DateParts.empty(), endedOn, reason);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<LocalDate> on = typed.endedOn().toDate();
        if (on.isEmpty()) {
            errors.date("endedOn", "Enter the date it ended as a real date");
        }
        required(errors, "reason", reason, "Enter why it ended (revoked, discharged, superseded)");
        if (on.isPresent() && !reason.isBlank() && reason.length() <= 1000) {
            try {
                measures.end(measure, on.get(), reason.strip(), version, user);
                redirect.addFlashAttribute("message", "Measure ended.");
                return "redirect:/disruption/measures/" + measureId;
            } catch (RecordRefused refused) {
                errors.date("endedOn", refused.getMessage());
            } catch (DisruptionMeasures.StaleMeasure stale) {
                errors.form(STALE);
            }
        }
        return page(measure, typed, errors.build(), user, model);
    }

    static final String STALE = "Someone changed this measure while you were looking at it. Nothing was saved: what you"
            + " typed is below, beside the measure as it is now.";

    private static void required(FormErrors.Builder errors, String field, String value, String message) {
        if (value.isBlank()) {
            errors.field(field, message);
        } else if (value.length() > 2000) {
            errors.field(field, "Enter 2,000 characters or fewer");
        }
    }

    private String page(
            MeasureView measure, MeasureActionsForm typed, FormErrors errors, HavenPrincipal user, Model model) {
        pages.shown("disruption-measure", measure.id(), measure.childIds());
        LocalDate today = DisruptionDates.today(clock);
        model.addAttribute("measure", measure);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today);
        model.addAttribute("canRecord", DisruptionPages.may(user, "RECORD_DISRUPTION"));
        return VIEW;
    }
}
