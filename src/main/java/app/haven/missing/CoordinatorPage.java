package app.haven.missing;

import java.util.List;

/** A page of the coordinator's view and how many episodes match in all. */
public record CoordinatorPage(List<CoordinatorRow> rows, long total, int page, int pages) {}
