package app.haven.intelligence;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intelligence module's door for a concern reported by a member of the public: the triaging officer or coordinator
 * grades it and names the places and people it is about (entities such as {@code I-12}, person records such as
 * {@code P-340}), and it is recorded as a graded report from "a member of the community", with the links it shows, by
 * the same code the report form uses. Everything is checked as on that form; references outside the user's scope are
 * refused in words.
 */
@Service
public class CommunityIntelligence {

    private final IntelligenceRecording recording;
    private final Clock clock;

    CommunityIntelligence(IntelligenceRecording recording, Clock clock) {
        this.recording = recording;
        this.clock = clock;
    }

    /**
     * A concern as the triaging user graded it.
     *
     * @param about references, one a line: the place first if there is one, then the people
     * @param linkType the link the report shows from the first reference to each of the others (a
     *     {@code LinkType} name), or blank for none
     */
    public record Concern(
            String body,
            LocalDate receivedOn,
            String sourceGrade,
            String intelligenceGrade,
            String handling,
            String conditions,
            String about,
            String linkType) {}

    /** The concern could not be recorded as intelligence; nothing was saved. The errors name the form's fields. */
    public static class Refused extends RuntimeException {
        private final transient FormErrors errors;

        Refused(FormErrors errors) {
            super("refused", null, false, false);
            this.errors = errors;
        }

        public FormErrors errors() {
            return errors;
        }
    }

    /** The types of link a report may show, with the words users read, for the triage form. */
    public List<Option> linkTypes() {
        return IntelChoices.LINK_TYPES;
    }

    /**
     * Records the concern as a 3x5x2 graded report and returns its id; call inside the caller's transaction so the
     * concern's triage and the report are saved together.
     *
     * @throws Refused when the grading or a reference is refused (the transaction must roll back)
     */
    @Transactional
    public long record(Concern concern, HavenPrincipal user) {
        LocalDate on = concern.receivedOn();
        ReportForm form = new ReportForm(
                "COMMUNITY",
                "A concern reported on the public form",
                concern.body(),
                new DateParts(
                        String.valueOf(on.getDayOfMonth()),
                        String.valueOf(on.getMonthValue()),
                        String.valueOf(on.getYear())),
                Grading.APP,
                concern.sourceGrade(),
                concern.intelligenceGrade(),
                concern.handling(),
                concern.conditions(),
                concern.about(),
                concern.linkType());
        FormErrors.Builder errors = FormErrors.builder();
        Optional<ReportForm.Checked> checked =
                form.check(LocalDate.now(clock.withZone(ManyChildrenAlerts.LONDON)), errors);
        if (checked.isEmpty()) {
            throw new Refused(errors.build());
        }
        try {
            return recording.report(checked.get(), user);
        } catch (LinkRefused refused) {
            EntityController.add(errors, refused);
            throw new Refused(errors.build());
        }
    }
}
