package app.haven.screening;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.SettingsForm;
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
        Optional<Integer> days = SettingsForm.whole(
                params,
                "strategyDays",
                0,
                10,
                "Working days to the strategy discussion must be a whole number from 0 to 10",
                errors);
        Optional<Integer> trigger = SettingsForm.whole(
                params, "triggerWeeks", 1, 52, "Weeks after a trigger must be a whole number from 1 to 52", errors);
        Optional<Integer> notKnown = SettingsForm.whole(
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
            return page(
                    typed,
                    settings.current().version(),
                    SettingsForm.staleSave(Optional.of(describe(settings.current()))),
                    model);
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

    private static String page(Map<String, String> values, int version, FormErrors errors, Model model) {
        return SettingsForm.page(VIEW, values, version, errors, model);
    }
}
