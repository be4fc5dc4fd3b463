package app.haven.cases;

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

/** The partnership's register settings: threshold, planning meeting, review cadences, review notice, transition. */
@Controller
class SettingsController {

    static final String VIEW = "cases/settings";
    static final String PATH = "/admin/register-settings";

    private final CaseSettings settings;
    private final AuditLog audit;

    SettingsController(CaseSettings settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping(PATH)
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String showSettings(Model model) {
        CaseSettings.Values current = settings.fresh();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("threshold", String.valueOf(current.thresholdRank()));
        values.put("meetingDays", String.valueOf(current.planningMeetingDays()));
        values.put("noticeDays", String.valueOf(current.reviewNoticeDays()));
        values.put("transitionMonths", String.valueOf(current.transitionAgeMonths()));
        values.put("teamAccessDays", String.valueOf(current.teamAccessDays()));
        for (int rank = 3; rank >= 0; rank--) {
            values.put("weeks" + rank, String.valueOf(current.weeksFor(rank)));
        }
        return page(values, current.version(), FormErrors.none(), model);
    }

    @PostMapping(PATH)
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String saveSettings(
            @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "-1") int version,
            Model model,
            RedirectAttributes redirect) {
        FormErrors.Builder errors = FormErrors.builder();
        Optional<Integer> threshold = SettingsForm.whole(
                params, "threshold", 1, 3, "Select the band at which the register is suggested", errors);
        Optional<Integer> meeting = SettingsForm.whole(
                params,
                "meetingDays",
                1,
                60,
                "Days to the planning meeting must be a whole number from 1 to 60",
                errors);
        Optional<Integer> notice = SettingsForm.whole(
                params, "noticeDays", 0, 28, "Days of notice must be a whole number from 0 to 28", errors);
        Optional<Integer> transition = SettingsForm.whole(
                params, "transitionMonths", 144, 215, "Transition age must be from 144 to 215 months", errors);
        Optional<Integer> access = SettingsForm.whole(
                params,
                "teamAccessDays",
                0,
                365,
                "Days of access after closure must be a whole number from 0 to 365",
                errors);
        Map<Integer, Integer> cadence = new LinkedHashMap<>();
        for (int rank = 3; rank >= 0; rank--) {
            int band = rank;
            SettingsForm.whole(
                            params,
                            "weeks" + rank,
                            1,
                            52,
                            "Weeks between reviews must be a whole number from 1 to 52",
                            errors)
                    .ifPresent(weeks -> cadence.put(band, weeks));
        }
        Map<String, String> typed = new LinkedHashMap<>(params);
        if (errors.build().hasErrors()) {
            return page(typed, version, errors.build(), model);
        }
        CaseSettings.Values values = new CaseSettings.Values(
                threshold.orElseThrow(),
                meeting.orElseThrow(),
                notice.orElseThrow(),
                transition.orElseThrow(),
                access.orElseThrow(),
                cadence,
                version);
        if (!settings.save(values, version)) {
            return page(typed, settings.fresh().version(), SettingsForm.staleSave(Optional.empty()), model);
        }
        audit.record(
                AuditAction.UPDATE, "register-settings", 1, Optional.empty(), Optional.of("register settings changed"));
        redirect.addFlashAttribute("message", "Register settings saved");
        return "redirect:" + PATH;
    }

    private static String page(Map<String, String> values, int version, FormErrors errors, Model model) {
        return SettingsForm.page(VIEW, values, version, errors, model);
    }
}
