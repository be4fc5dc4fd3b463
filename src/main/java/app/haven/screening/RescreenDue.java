package app.haven.screening;

import app.haven.platform.InboxTaskRaised;
import java.time.LocalDate;
import java.util.Optional;

/** The completer's reminder to screen the child again by the re-screen date (one per child). */
record RescreenDue(long child, String childName, long completer, LocalDate dueOn) implements InboxTaskRaised {

    @Override
    public String sourceKey() {
        return "screening-rescreen:" + child;
    }

    @Override
    public String title() {
        return "Screen " + childName + " again";
    }

    @Override
    public Optional<Long> childId() {
        return Optional.of(child);
    }

    @Override
    public Optional<Long> forUser() {
        return Optional.of(completer);
    }

    @Override
    public Optional<String> forPermission() {
        return Optional.empty();
    }

    @Override
    public String link() {
        return "/children/" + child + "/screenings";
    }
}
