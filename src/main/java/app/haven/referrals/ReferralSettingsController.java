package app.haven.referrals;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.web.FormErrors;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partnership's referral timescales, changed by an administrator; a stale save is refused and nothing lost. */
@Controller
class ReferralSettingsController {

    static final String PATH = "/referrals/settings";

    /** Each setting: its form name, its label, and its bounds (the database's checks). */
    private record Field(String name, String label, int min, int max) {}

    private static final Field[] FIELDS = {
        new Field("decision", "Working days for a receiving agency's decision on a routine referral", 0, 10),
        new Field("urgent", "Working days for a decision on an urgent referral (0: the next working day)", 0, 10),
        new Field("police", "Working days for the police response to a disclosure before an alert", 1, 30),
        new Field("reasonable", "Working days for the NRM reasonable-grounds decision before an alert", 1, 30),
        new Field(
                "conclusive",
                "Days after a positive reasonable-grounds decision before the conclusive one is chased",
                30,
                365)
    };

    private final ReferralSettings settings;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    ReferralSettingsController(ReferralSettings settings, AuditLog audit, TransactionTemplate transactions) {
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
    }

    @GetMapping(PATH)
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String showSettings(Model model) {
        ReferralSettings.Values values = settings.current();
        return page(typed(values), values.version(), FormErrors.none(), model);
    }

    @PostMapping(PATH)
    @PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
    String changeSettings(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        FormErrors.Builder errors = FormErrors.builder();
        int[] read = new int[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            Field field = FIELDS[i];
            Optional<Integer> value = number(form.get(field.name())).filter(v -> v >= field.min() && v <= field.max());
            if (value.isEmpty()) {
                errors.field(field.name(), "Enter a whole number from " + field.min() + " to " + field.max());
            }
            read[i] = value.orElse(-1);
        }
        int version = number(form.get("version")).orElse(-1);
        if (!errors.build().hasErrors()) {
            ReferralSettings.Values values =
                    new ReferralSettings.Values(read[0], read[1], read[2], read[3], read[4], version);
            boolean saved = Boolean.TRUE.equals(transactions.execute(status -> {
                boolean changed = settings.change(values);
                if (changed) {
                    audit.record(
                            AuditAction.UPDATE, "referral-setting", 1, Optional.empty(), Optional.of(describe(values)));
                }
                return changed;
            }));
            if (saved) {
                redirect.addFlashAttribute("message", "Referral timescales saved.");
                return "redirect:" + PATH;
            }
            errors.form(
                    "Someone else has just changed these settings. What they saved is below; your values are not saved.");
            ReferralSettings.Values now = settings.current();
            return page(typed(now), now.version(), errors.build(), model);
        }
        return page(new LinkedHashMap<>(form), version, errors.build(), model);
    }

    private static String describe(ReferralSettings.Values v) {
        return "decision " + v.decisionWorkingDays() + " (urgent " + v.urgentDecisionWorkingDays()
                + ") working days, police " + v.policeResponseWorkingDays() + ", NRM " + v.nrmReasonableWorkingDays()
                + "/" + v.nrmConclusiveDays();
    }

    private static Map<String, String> typed(ReferralSettings.Values v) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("decision", String.valueOf(v.decisionWorkingDays()));
        typed.put("urgent", String.valueOf(v.urgentDecisionWorkingDays()));
        typed.put("police", String.valueOf(v.policeResponseWorkingDays()));
        typed.put("reasonable", String.valueOf(v.nrmReasonableWorkingDays()));
        typed.put("conclusive", String.valueOf(v.nrmConclusiveDays()));
        return typed;
    }

    private static Optional<Integer> number(String typed) {
        try {
            return Optional.of(Integer.parseInt(typed == null ? "" : typed.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private String page(Map<String, String> typed, int version, FormErrors errors, Model model) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Field field : FIELDS) {
            labels.put(field.name(), field.label());
        }
        model.addAttribute("typed", typed);
        model.addAttribute("labels", labels);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        return "referrals/settings";
    }
}
