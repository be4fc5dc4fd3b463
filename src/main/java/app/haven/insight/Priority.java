package app.haven.insight;

import java.util.Arrays;
import java.util.Optional;

/** The strategy's four priorities, each of which ends "we will measure success by…". */
public enum Priority {
    EARLY_IDENTIFICATION(
            1,
            "Priority one: earliest identification",
            "Raise awareness, confidence and skills to ensure the earliest"
                    + " identification of CSE by professionals, carers and the wider community."),
    RESILIENCE(
            2,
            "Priority two: resilience",
            "Improve children and young people's resilience and awareness of healthy" + " relationships."),
    SUPPORT(
            3,
            "Priority three: support for victims",
            "Ensure victims and their families receive good quality support" + " informed by evidence of what works."),
    DISRUPTION(
            4,
            "Priority four: disruption and prosecution",
            "Hold perpetrators to account through improved disruption"
                    + " and prosecution, and build our knowledge of how they exploit children.");

    private final int number;
    private final String title;
    private final String aim;

    Priority(int number, String title, String aim) {
        this.number = number;
        this.title = title;
        this.aim = aim;
    }

    public static Optional<Priority> numbered(int number) {
        return Arrays.stream(values()).filter(p -> p.number == number).findFirst();
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String aim() {
        return aim;
    }
}
