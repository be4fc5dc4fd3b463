package app.haven.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A resource as its pages show it, with the words for its codes. */
public record ResourceView(
        long id,
        String areaName,
        String kind,
        String title,
        String summary,
        Optional<String> linkUrl,
        Optional<String> campaign,
        boolean coProduced,
        LocalDate reviewOn,
        String status,
        List<String> audiences,
        List<String> topics,
        Optional<String> fileName,
        long fileSize,
        int version) {

    public String kindLabel() {
        return EngagementChoices.label(EngagementChoices.KINDS, kind);
    }

    public String statusLabel() {
        return switch (status) {
            case "DRAFT" -> "Draft";
            case "PUBLISHED" -> "Published";
            default -> "Withdrawn";
        };
    }

    public List<String> audienceLabels() {
        return audiences.stream()
                .map(a -> EngagementChoices.label(EngagementChoices.AUDIENCES, a))
                .toList();
    }

    public List<String> topicLabels() {
        return topics.stream()
                .map(t -> EngagementChoices.label(EngagementChoices.TOPICS, t))
                .toList();
    }

    /** The file's size for readers: "240 KB". */
    public String fileSizeLabel() {
        return fileSize >= 1024 * 1024
                ? String.format(java.util.Locale.UK, "%.1f MB", fileSize / (1024.0 * 1024.0))
                : Math.max(1, fileSize / 1024) + " KB";
    }
}
