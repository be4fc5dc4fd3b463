package app.haven.work;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** A task as the inbox shows it, with how due it is on the day it is read. */
public record TaskView(long id, String title, String due, String status, String link, boolean mine) {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    static TaskView of(long id, String title, LocalDate dueOn, String link, boolean mine, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, dueOn);
        String status = days < 0 ? "Overdue" : days == 0 ? "Due today" : days <= 7 ? "Due this week" : "Due later";
        return new TaskView(id, title, DATE.format(dueOn), status, link, mine);
    }

    public boolean overdue() {
        return status.equals("Overdue");
    }
}
