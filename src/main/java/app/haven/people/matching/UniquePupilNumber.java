package app.haven.people.matching;

import java.util.Random;

/**
 * Unique Pupil Numbers (DfE): 13 characters. The first is a check letter; then a 3-digit local authority code,
 * a 4-digit establishment number, a 2-digit year and a 3-digit serial. A temporary UPN ends in a letter. The
 * check letter is the sum of characters 2 to 13, each times its position, modulo 23, as a letter of the
 * alphabet without I, O and S; a letter in position 13 counts as its place in that same alphabet.
 */
public final class UniquePupilNumber {

    static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /** A valid UPN that hints and messages show as an example (its check letter is right). */
    public static final String EXAMPLE = "Q801200110001";

    private UniquePupilNumber() {}

    public static IdentifierCheck check(String input) {
        String upn = input == null ? "" : input.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        if (!upn.matches("[A-Z]\\d{11}[0-9A-Z]")) {
            return new IdentifierCheck.Invalid(
                    "Enter a Unique Pupil Number with 13 characters, a letter then 12 more, like " + EXAMPLE);
        }
        if (LETTERS.indexOf(upn.charAt(12)) < 0 && !Character.isDigit(upn.charAt(12))) {
            return new IdentifierCheck.Invalid("Unique Pupil Number is not valid – check the last character");
        }
        if (checkLetter(upn.substring(1)) != upn.charAt(0)) {
            return new IdentifierCheck.Invalid("Unique Pupil Number is not valid – check the characters");
        }
        return new IdentifierCheck.Valid(upn);
    }

    /** The check letter for the twelve characters after it. */
    static char checkLetter(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = twelve.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
            sum += value * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }

    /** A valid UPN for generated, fictional pupils. */
    public static String generate(Random random) {
        String twelve = String.format(
                "%03d%04d%02d%03d",
                800 + random.nextInt(100), random.nextInt(10_000), random.nextInt(100), random.nextInt(1_000));
        return checkLetter(twelve) + twelve;
    }
}
