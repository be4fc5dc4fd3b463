package app.haven.people.matching;

import java.util.Random;

/**
 * NHS numbers: ten digits, the last a modulus 11 check digit over the first nine weighted 10 down to 2 (NHS Data
 * Dictionary). A remainder giving 11 means a check digit of 0; one giving 10 is never issued.
 */
public final class NhsNumber {

    private NhsNumber() {}

    public static IdentifierCheck check(String input) {
        String digits = input == null ? "" : input.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{10}")) {
            return new IdentifierCheck.Invalid("Enter an NHS number with 10 digits, like 943 476 5919");
        }
        int expected = checkDigit(digits.substring(0, 9));
        if (expected != digits.charAt(9) - '0') {
            return new IdentifierCheck.Invalid("NHS number is not valid – check the digits");
        }
        return new IdentifierCheck.Valid(digits);
    }

    /** The check digit for nine digits, or 10 when no valid number starts with them. */
    static int checkDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        return check == 11 ? 0 : check;
    }

    /** A valid, fictional-use NHS number (the 999 range is reserved for testing). */
    public static String generate(Random random) {
        while (true) {
            String nine = "999" + String.format("%06d", random.nextInt(1_000_000));
            int check = checkDigit(nine);
            if (check < 10) {
                return nine + check;
            }
        }
    }
}
