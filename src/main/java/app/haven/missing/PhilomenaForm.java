package app.haven.missing;

import static app.haven.missing.ReturnForm.limit;

import app.haven.platform.web.FormErrors;

/** The Philomena profile form as typed, with the version it started from (a stale save changes nothing). */
public record PhilomenaForm(
        String description,
        String photoReference,
        String friendsAndAssociates,
        String placesFrequented,
        String phoneAndSocialMedia,
        String healthNeeds,
        int version) {

    static PhilomenaForm of(java.util.Optional<PhilomenaProfile> current) {
        return current.map(p -> new PhilomenaForm(
                        p.description(),
                        p.photoReference().orElse(""),
                        p.friendsAndAssociates().orElse(""),
                        p.placesFrequented().orElse(""),
                        p.phoneAndSocialMedia().orElse(""),
                        p.healthNeeds().orElse(""),
                        p.version()))
                .orElse(new PhilomenaForm("", "", "", "", "", "", 0));
    }

    FormErrors check() {
        FormErrors.Builder errors = FormErrors.builder();
        ReportForm.required(
                errors, "description", description, "Enter a description of the child for the police", 2000);
        limit(errors, "photoReference", photoReference, 300);
        limit(errors, "friendsAndAssociates", friendsAndAssociates, 2000);
        limit(errors, "placesFrequented", placesFrequented, 2000);
        limit(errors, "phoneAndSocialMedia", phoneAndSocialMedia, 1000);
        limit(errors, "healthNeeds", healthNeeds, 2000);
        return errors.build();
    }
}
