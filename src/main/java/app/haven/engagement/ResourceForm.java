package app.haven.engagement;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A resource as its editor typed it. */
public record ResourceForm(
        String kind,
        String title,
        String summary,
        String linkUrl,
        String campaign,
        boolean coProduced,
        DateParts reviewOn,
        List<String> audiences,
        List<String> topics) {

    static ResourceForm blank() {
        return new ResourceForm("", "", "", "", "Know and See", false, DateParts.empty(), List.of(), List.of());
    }

    /** The form as posted (the same fields whether a resource is written or edited). */
    static ResourceForm of(java.util.Map<String, String[]> posted) {
        return new ResourceForm(
                one(posted, "kind"),
                one(posted, "title"),
                one(posted, "summary"),
                one(posted, "linkUrl"),
                one(posted, "campaign"),
                "true".equals(one(posted, "coProduced")),
                new DateParts(one(posted, "reviewOn.day"), one(posted, "reviewOn.month"), one(posted, "reviewOn.year")),
                many(posted, "audiences"),
                many(posted, "topics"));
    }

    /** The resource as it is, to edit. */
    static ResourceForm of(ResourceView r) {
        return new ResourceForm(
                r.kind(),
                r.title(),
                r.summary(),
                r.linkUrl().orElse(""),
                r.campaign().orElse(""),
                r.coProduced(),
                DateParts.of(r.reviewOn()),
                r.audiences(),
                r.topics());
    }

    private static String one(java.util.Map<String, String[]> posted, String name) {
        String[] values = posted.get(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0];
    }

    private static List<String> many(java.util.Map<String, String[]> posted, String name) {
        String[] values = posted.get(name);
        return values == null
                ? List.of()
                : java.util.Arrays.stream(values)
                        .filter(v -> v != null && !v.isBlank())
                        .toList();
    }

    /** The resource ready to save, or empty with every error added. */
    Optional<Checked> check(LocalDate today, FormErrors.Builder errors) {
        boolean ok = true;
        if (!EngagementChoices.isOneOf(EngagementChoices.KINDS, kind)) {
            ok = fail(errors, "kind", "Select what kind of resource it is");
        }
        if (title.isBlank() || title.strip().length() > 150) {
            ok = fail(errors, "title", title.isBlank() ? "Enter a title" : "The title must be 150 characters or fewer");
        }
        if (summary.isBlank() || summary.strip().length() > 2000) {
            ok = fail(
                    errors,
                    "summary",
                    summary.isBlank() ? "Enter a summary" : "The summary must be 2,000 characters or fewer");
        }
        String link = linkUrl.strip();
        if ("VIDEO".equals(kind) && link.isEmpty()) {
            ok = fail(errors, "linkUrl", "Enter the video's link, starting https://");
        } else if (!link.isEmpty() && (!link.matches("https://[^\\s<>\"]+") || link.length() > 500)) {
            ok = fail(errors, "linkUrl", "Enter a link starting https:// of 500 characters or fewer");
        }
        if (campaign.strip().length() > 100) {
            ok = fail(errors, "campaign", "The campaign must be 100 characters or fewer");
        }
        Optional<LocalDate> review = reviewOn.toDate();
        if (review.isEmpty() || !review.get().isAfter(today)) {
            errors.date(
                    "reviewOn",
                    review.isEmpty()
                            ? "Enter the review date as a real date"
                            : "The review date must be in the future");
            ok = false;
        }
        if (audiences.isEmpty() || !EngagementChoices.allOneOf(EngagementChoices.AUDIENCES, audiences)) {
            ok = fail(errors, "audiences", "Select who the resource is for");
        }
        if (topics.isEmpty() || !EngagementChoices.allOneOf(EngagementChoices.TOPICS, topics)) {
            ok = fail(errors, "topics", "Select what the resource is about");
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Checked(
                kind,
                title.strip(),
                summary.strip(),
                link.isEmpty() ? Optional.empty() : Optional.of(link),
                campaign.isBlank() ? Optional.empty() : Optional.of(campaign.strip()),
                coProduced,
                review.get(),
                List.copyOf(audiences),
                List.copyOf(topics)));
    }

    private static boolean fail(FormErrors.Builder errors, String field, String message) {
        errors.field(field, message);
        return false;
    }

    record Checked(
            String kind,
            String title,
            String summary,
            Optional<String> linkUrl,
            Optional<String> campaign,
            boolean coProduced,
            LocalDate reviewOn,
            List<String> audiences,
            List<String> topics) {}
}
