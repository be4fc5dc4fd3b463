package app.haven.intelligence;

import app.haven.intelligence.network.GradeRank;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How an intelligence report is graded: the College of Policing 3x5x2 (source 1 reliable, 2 untested, 3 not reliable;
 * intelligence A known directly to the source, B known indirectly but corroborated, C known indirectly, D not known,
 * E suspected to be false; handling P lawful sharing permitted, C permitted with conditions, which are recorded), or
 * the legacy 5x5x5 that imported intelligence may carry (source A–E, intelligence 1–5, handling 1–5). Plain rules,
 * each refusal in words.
 */
record Grading(String system, String source, String intelligence, String handling, Optional<String> conditions) {

    static final String APP = "3X5X2";
    static final String LEGACY = "5X5X5";

    /** A rule the grading breaks: the form field and what to tell the user. */
    record Breach(String field, String message) {}

    /** What is wrong with this grading, empty when it is valid. */
    List<Breach> breaches() {
        List<Breach> breaches = new ArrayList<>();
        if (APP.equals(system)) {
            appBreaches(breaches);
        } else if (LEGACY.equals(system)) {
            legacyBreaches(breaches);
        } else {
            breaches.add(new Breach("system", "Select the grading system: 3x5x2, or 5x5x5 for older intelligence"));
        }
        return breaches;
    }

    private void appBreaches(List<Breach> breaches) {
        if (!List.of("1", "2", "3").contains(source)) {
            breaches.add(new Breach("source", "Select the source evaluation: 1, 2 or 3"));
        }
        if (!List.of("A", "B", "C", "D", "E").contains(intelligence)) {
            breaches.add(new Breach("intelligence", "Select the intelligence assessment: A, B, C, D or E"));
        }
        if (!List.of("P", "C").contains(handling)) {
            breaches.add(new Breach("handling", "Select the handling code: P or C"));
        } else if (handling.equals("C") && conditions.isEmpty()) {
            breaches.add(new Breach("conditions", "Enter the conditions on sharing: handling code C needs them"));
        } else if (handling.equals("P") && conditions.isPresent()) {
            breaches.add(new Breach(
                    "conditions", "Handling code P has no conditions: choose C if sharing needs conditions"));
        }
    }

    private void legacyBreaches(List<Breach> breaches) {
        if (!List.of("A", "B", "C", "D", "E").contains(source)) {
            breaches.add(new Breach("source", "Select the 5x5x5 source evaluation: A to E"));
        }
        if (!List.of("1", "2", "3", "4", "5").contains(intelligence)) {
            breaches.add(new Breach("intelligence", "Select the 5x5x5 intelligence evaluation: 1 to 5"));
        }
        if (!List.of("1", "2", "3", "4", "5").contains(handling)) {
            breaches.add(new Breach("handling", "Select the 5x5x5 handling code: 1 to 5"));
        }
    }

    /**
     * Whether only users cleared for conditional intelligence may read the report's text: 3x5x2 handling C, and the
     * legacy handling codes 4 (only within the originating agency) and 5 (no further sharing without the originator).
     */
    boolean restricted() {
        return APP.equals(system) ? handling.equals("C") : handling.equals("4") || handling.equals("5");
    }

    /** The grading as officers write it: "2B P", "3C C", "B2 4 (5x5x5)". */
    String label() {
        return APP.equals(system)
                ? source + intelligence + " " + handling
                : source + intelligence + " " + handling + " (5x5x5)";
    }

    /** The grading as a rank for the network's minimum-grading filter (see {@link GradeRank}). */
    int rank() {
        return APP.equals(system)
                ? GradeRank.of(source.charAt(0) - '0', intelligence.charAt(0) - 'A')
                : GradeRank.ofLegacy(source.charAt(0), intelligence.charAt(0) - '0');
    }
}
