package app.haven.intelligence;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The normalised keys by which a new entity is found to be one already recorded: a registration without spaces or
 * case, a phone number as UK digits (+44 and 0044 read as 0), a handle without case, spaces or a leading @ on its
 * platform, an address by postcode and its words with common abbreviations expanded, a person by their record.
 */
final class MatchKeys {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "rd",
            "road",
            "st",
            "street",
            "ave",
            "avenue",
            "ln",
            "lane",
            "cres",
            "crescent",
            "dr",
            "drive",
            "pl",
            "place",
            "sq",
            "square",
            "ct",
            "court",
            "clo",
            "close");

    private MatchKeys() {}

    static String registration(String registration) {
        return registration.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    static String phone(String number) {
        String digits = number.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        }
        return digits.replace("+", "");
    }

    static String handle(String platform, String handle) {
        String h = handle.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return words(platform) + ":" + (h.startsWith("@") ? h.substring(1) : h);
    }

    static String address(String address, String postcode) {
        String code = postcode.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        StringBuilder key = new StringBuilder(code).append('|');
        for (String word :
                NOT_ALPHANUMERIC.split(address.toLowerCase(Locale.ROOT).strip())) {
            if (!word.isEmpty()) {
                key.append(ABBREVIATIONS.getOrDefault(word, word)).append(' ');
            }
        }
        return key.toString().strip();
    }

    static String operation(String name) {
        return words(name);
    }

    static String person(long personId) {
        return "person:" + personId;
    }

    private static String words(String text) {
        return NOT_ALPHANUMERIC
                .matcher(text.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }
}
