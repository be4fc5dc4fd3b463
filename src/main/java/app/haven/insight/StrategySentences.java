package app.haven.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The strategy's own sentences, written again from a year's figures ("499 children identified at risk in 2016/17
 * compared with 158 in 2012/13, an increase of 215.8%"). Plain Java: the figures come in, the words go out, through
 * disclosure control (a small count reads "fewer than 6", a share that would reveal one is left out).
 */
final class StrategySentences {

    /** A year's figures for one area choice; a count is empty when no module counts that measure. */
    record Figures(
            Period period,
            long childrenAtRisk,
            long childrenBefore,
            Period before,
            long referrals,
            Optional<String> commonestReason,
            long referralsWithReason,
            long closedWork,
            long riskReduced,
            long disclosures,
            long disclosuresWithPoliceAction,
            long missingEpisodes,
            long repeatMissingChildren,
            long returns,
            long offeredInTime) {}

    private final DisclosureControl control;

    StrategySentences(DisclosureControl control) {
        this.control = control;
    }

    List<String> sentences(Figures f) {
        List<String> sentences = new ArrayList<>();
        sentences.add(childrenAtRisk(f));
        sentences.add(referrals(f));
        share(f.riskReduced(), f.closedWork())
                .ifPresent(s -> sentences.add(s + " of young people had reduced risk at closure."));
        sentences.add(count(f.disclosures(), "disclosure") + " made during support"
                + (f.disclosures() == 0
                        ? "."
                        : ", of which " + number(f.disclosuresWithPoliceAction()) + " led to police action."));
        sentences.add(count(f.missingEpisodes(), "missing episode") + " began in "
                + f.period().label() + "; " + number(f.repeatMissingChildren())
                + (f.repeatMissingChildren() == 1 && !control.isSmall(1) ? " child" : " children")
                + " went missing repeatedly.");
        share(f.offeredInTime(), f.returns())
                .ifPresent(s -> sentences.add(s + " of children returning from a missing episode were offered a"
                        + " return home interview within 72 hours."));
        return sentences;
    }

    private String childrenAtRisk(Figures f) {
        String now = count(f.childrenAtRisk(), "child", "children") + " identified at risk in "
                + f.period().label() + " compared with " + number(f.childrenBefore()) + " in "
                + f.before().label();
        String change = control.change(f.childrenAtRisk(), f.childrenBefore());
        if (change.equals(DisclosureControl.SUPPRESSED) || change.equals(DisclosureControl.NOT_APPLICABLE)) {
            return now + ".";
        }
        boolean up = f.childrenAtRisk() >= f.childrenBefore();
        return now + ", " + (up ? "an increase" : "a decrease") + " of "
                + change.replace("+", "").replace("-", "") + ".";
    }

    private String referrals(Figures f) {
        String sentence = count(f.referrals(), "referral") + " to the commissioned service";
        if (f.commonestReason().isPresent() && !control.isSmall(f.referralsWithReason())) {
            sentence += ", most for " + f.commonestReason().get().toLowerCase(java.util.Locale.UK);
        }
        return sentence + ".";
    }

    private Optional<String> share(long part, long whole) {
        String percent = control.percent(part, whole);
        return percent.endsWith("%") ? Optional.of(percent) : Optional.empty();
    }

    private String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    private String count(long n, String one, String many) {
        return capitalised(number(n)) + " " + (n == 1 && !control.isSmall(n) ? one : many);
    }

    /** A count as words may show it: hidden when small. */
    String number(long n) {
        return control.isSmall(n) ? "fewer than " + (control.suppressUpTo() + 1) : String.valueOf(n);
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
