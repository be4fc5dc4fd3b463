package app.haven.screening;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.web.FormErrors;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partnership's screening settings, for administrators: strategy discussion deadline and re-screen waits. */
@Controller
class ScreeningSettingsController {

    static final String VIEW = "screening/settings";
    static final String PATH = "/admin/screening-settings";

    private final ScreeningSettings settings;
    private final AuditLog audit;

    ScreeningSettingsController(ScreeningSettings settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping(PATH)
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String showSettings(Model model) {
        ScreeningSettings.Values current = settings.current();
        return page(typed(current), current.version(), FormErrors.none(), model);
    }

    @PostMapping(PATH)
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String saveSettings(
            @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "-1") int version,
            Model model,
            RedirectAttributes redirect) {
        FormErrors.Builder errors = FormErrors.builder();
        Optional<Integer> days = whole(
                params,
                "strategyDays",
                0,
                10,
                "Working days to the strategy discussion must be a whole number from 0 to 10",
                errors);
        Optional<Integer> trigger = whole(
                params, "triggerWeeks", 1, 52, "Weeks after a trigger must be a whole number from 1 to 52", errors);
        Optional<Integer> notKnown = whole(
                params,
                "notKnownWeeks",
                1,
                52,
                "Weeks after ‘not known’ answers must be a whole number from 1 to 52",
                errors);
        Map<String, String> typed = new LinkedHashMap<>(params);
        if (errors.build().hasErrors()) {
            return page(typed, version, errors.build(), model);
        }
        ScreeningSettings.Values values = new ScreeningSettings.Values(
                days.orElseThrow(), trigger.orElseThrow(), notKnown.orElseThrow(), version);
        if (settings.save(values, version).isEmpty()) {
            FormErrors conflict = FormErrors.builder()
                    .form("Another administrator changed these settings while you were editing them. Nothing was"
                            + " saved: the page shows your answers; check them against the current settings ("
                            + describe(settings.current()) + ") and save again.")
                    .build();
            return page(typed, settings.current().version(), conflict, model);
        }
        audit.record(
                AuditAction.UPDATE,
                "screening-settings",
                1,
                Optional.empty(),
                Optional.of("screening settings changed: " + describe(values)));
        redirect.addFlashAttribute("message", "Screening settings saved");
        return "redirect:" + PATH;
    }

    private static String describe(ScreeningSettings.Values values) {
        return "strategy discussion within " + values.strategyDiscussionWorkingDays() + " working days, re-screen "
                + values.triggerRescreenWeeks() + " weeks after a trigger and " + values.notKnownRescreenWeeks()
                + " weeks after ‘not known’ answers";
    }

    private static Map<String, String> typed(ScreeningSettings.Values values) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("strategyDays", String.valueOf(values.strategyDiscussionWorkingDays()));
        typed.put("triggerWeeks", String.valueOf(values.triggerRescreenWeeks()));
        typed.put("notKnownWeeks", String.valueOf(values.notKnownRescreenWeeks()));
        return typed;
    }

    private static Optional<Integer> whole(
            Map<String, String> params, String name, int min, int max, String message, FormErrors.Builder errors) {
        String value = params.getOrDefault(name, "").strip();
        if (value.matches("[0-9]{1,3}")) {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return Optional.of(number);
            }
        }
        errors.field(name, message);
        return Optional.empty();
    }

    private String page(Map<String, String> values, int version, FormErrors errors, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
