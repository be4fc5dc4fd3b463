package app.haven.cases;

import app.haven.people.People;
import app.haven.people.PersonSummary;
import org.springframework.stereotype.Component;

/**
 * The child's name in use, for the words of a task ("Review Nydia Sorrelton's case"): a worker reads whose work it
 * is without opening it, and never meets an internal number. Only the users the task goes to see it, and they may
 * open the child.
 */
@Component
class ChildNames {

    private final People people;

    ChildNames(People people) {
        this.people = people;
    }

    String of(long childId) {
        return people.find(childId).map(PersonSummary::name).orElse("a child");
    }

    /** "Nydia Sorrelton's" (UK style keeps the apostrophe s after a final s too: "Jones's"). */
    static String possessive(String name) {
        return name + "'s";
    }
}
