package app.haven.cases;

import java.util.List;

/** A page of the register and how many open cases match in all. */
public record RegisterPage(List<RegisterRow> rows, long total, int page, int pages) {}
