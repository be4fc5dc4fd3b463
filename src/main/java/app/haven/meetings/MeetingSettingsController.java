package app.haven.meetings;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.SettingsForm;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partnership's meeting settings, for administrators: the quorum, the band the agenda lists as High, and the grace
 * periods before an overdue action goes to the owner's manager and then the chair. The strategy discussion's timescale
 * is the screening settings' (one setting, read when the trigger is recorded); the page links to it. A stale save
 * saves nothing and names the settings now saved beside what was typed.
 */
@Controller
class MeetingSettingsController {

    static final String VIEW = "meetings/settings";
    static final String PATH = "/admin/meeting-settings";

    private final MeetingSettings settings;
    private final AuditLog audit;

    MeetingSettingsController(MeetingSettings settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping(PATH)
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String showMeetingSettings(Model model) {
        return SettingsForm.page(VIEW, typed(settings.current()), settings.version(), FormErrors.none(), model);
    }

    @PostMapping(PATH)
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    @Transactional
    String saveMeetingSettings(
            @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "-1") int version,
            Model model,
            RedirectAttributes redirect) {
        FormErrors.Builder errors = FormErrors.builder();
        Optional<Integer> quorum = SettingsForm.whole(
                params, "quorum", 1, 20, "Agencies for a quorum must be a whole number from 1 to 20", errors);
        Optional<Integer> high =
                SettingsForm.whole(params, "highBand", 1, 3, "Select the band the agenda lists as High", errors);
        Optional<Integer> manager = SettingsForm.whole(
                params,
                "managerDays",
                0,
                60,
                "Days overdue before the owner's manager is told must be a whole number from 0 to 60",
                errors);
        Optional<Integer> chair = SettingsForm.whole(
                params,
                "chairDays",
                1,
                90,
                "Days overdue before the chair is told must be a whole number from 1 to 90",
                errors);
        if (manager.isPresent() && chair.isPresent() && chair.get() <= manager.get()) {
            errors.field("chairDays", "The chair must be told later than the owner's manager: enter more days");
        }
        Map<String, String> typed = new LinkedHashMap<>(params);
        if (errors.build().hasErrors()) {
            return SettingsForm.page(VIEW, typed, version, errors.build(), model);
        }
        MeetingSettings.Values values =
                new MeetingSettings.Values(quorum.get(), high.get(), manager.get(), chair.get());
        if (!settings.save(values, version)) {
            FormErrors stale = SettingsForm.staleSave(Optional.of(describe(settings.current())));
            return SettingsForm.page(VIEW, typed, settings.version(), stale, model);
        }
        audit.record(AuditAction.UPDATE, "meeting-settings", 1, Optional.empty(), Optional.of(describe(values)));
        redirect.addFlashAttribute("message", "Meeting settings saved");
        return "redirect:" + PATH;
    }

    static String describe(MeetingSettings.Values v) {
        return "quorum " + v.quorumAgencies() + " agencies, High from band rank " + v.highBandRank()
                + ", manager told after " + v.managerGraceDays() + " days overdue, chair after " + v.chairGraceDays();
    }

    private static Map<String, String> typed(MeetingSettings.Values v) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("quorum", String.valueOf(v.quorumAgencies()));
        typed.put("highBand", String.valueOf(v.highBandRank()));
        typed.put("managerDays", String.valueOf(v.managerGraceDays()));
        typed.put("chairDays", String.valueOf(v.chairGraceDays()));
        return typed;
    }
}
