package app.haven.people.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The evidence for one record as it is weighed: the running total in bits, how many things agree, whether a given name
 * and the date of birth agree or a given name differs (the likely-duplicate rule asks), the record's name words that
 * agreed, and the reasons in the order found.
 */
final class Evidence {

    double weight;
    int agreeing;
    boolean givenNameAgrees;
    boolean givenNameDiffers;
    boolean dateAgrees;
    final Set<String> namesAgreeing = new HashSet<>();
    final List<String> reasons = new ArrayList<>();

    void add(double bits, String reason) {
        weight += bits;
        agreeing++;
        reasons.add(reason);
    }

    void against(double bits, String reason) {
        weight += bits;
        reasons.add(reason);
    }

    /** "1 person", "16,000 people": how many hold a value, as the reasons say it. */
    static String people(int count) {
        return count <= 1 ? "1 person" : thousands(count) + " people";
    }

    /** 16000 as "16,000": as String.format("%,d") in a UK locale, without its cost on every candidate scored. */
    static String thousands(int count) {
        String digits = Integer.toString(count);
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }
}
