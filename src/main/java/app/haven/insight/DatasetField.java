package app.haven.insight;

import java.util.List;

/** A field of the partnership dataset as its data dictionary describes it. */
public record DatasetField(String name, String title, String howComputed, List<String> values) {}
