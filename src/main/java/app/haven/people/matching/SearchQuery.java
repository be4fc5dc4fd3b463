package app.haven.people.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What someone is looking for, read from one search box: name words in any order, a date of birth in any common
 * UK form, and identifiers (any word with a digit that is not part of a date). A date typed in a date's shape that
 * cannot be one (29/02/2023) is reported in {@code dateProblem}, never read as an identifier. The duplicate check's
 * query also carries the details typed on the form (sex, area, school).
 */
public record SearchQuery(
        List<String> nameTokens,
        Optional<LocalDate> dateOfBirth,
        List<String> identifiers,
        int givenNameCount,
        Map<Detail, String> details,
        Optional<String> dateProblem) {

    private static final Pattern SPACED_NHS = Pattern.compile("\\b(\\d{3})[ -](\\d{3})[ -](\\d{4})\\b");
    private static final Pattern DATE_IN_TEXT = Pattern.compile("\\b(\\d{4}-\\d{1,2}-\\d{1,2}"
            + "|\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]{3,9}\\.?,?\\s+(?:\\d{4}|\\d{2})"
            + "|[a-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:\\d{4}|\\d{2}))\\b");

    /** A query whose words are not known to be given or family names (the search box). */
    public SearchQuery(List<String> nameTokens, Optional<LocalDate> dateOfBirth, List<String> identifiers) {
        this(nameTokens, dateOfBirth, identifiers, 0, Map.of(), Optional.empty());
    }

    public SearchQuery {
        nameTokens = List.copyOf(nameTokens);
        identifiers = List.copyOf(identifiers);
        details = Map.copyOf(details);
    }

    /** The same query with details typed on a form (sex, area) as further evidence. */
    public SearchQuery with(Map<Detail, String> typed) {
        Map<Detail, String> all = new java.util.EnumMap<>(Detail.class);
        all.putAll(details);
        typed.forEach((detail, value) -> {
            String normalised = detail.normalise(value);
            if (!normalised.isEmpty()) {
                all.put(detail, normalised);
            }
        });
        return new SearchQuery(nameTokens, dateOfBirth, identifiers, givenNameCount, all, dateProblem);
    }

    /** The same words, identifiers and details without the date of birth (or any problem with it). */
    public SearchQuery withoutDate() {
        return new SearchQuery(nameTokens, Optional.empty(), identifiers, givenNameCount, details, Optional.empty());
    }

    /** Only the names and date of birth: what the name index can answer. */
    public SearchQuery namesAndDate() {
        return new SearchQuery(nameTokens, dateOfBirth, List.of(), givenNameCount, details, dateProblem);
    }

    public static SearchQuery parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return new SearchQuery(List.of(), Optional.empty(), List.of());
        }
        String rest = text.toLowerCase(Locale.ROOT);
        List<String> identifiers = new ArrayList<>();
        Matcher nhs = SPACED_NHS.matcher(rest);
        while (nhs.find()) {
            identifiers.add(nhs.group(1) + nhs.group(2) + nhs.group(3));
        }
        rest = nhs.replaceAll(" ");
        Optional<LocalDate> dob = Optional.empty();
        Optional<String> problem = Optional.empty();
        Matcher date = DATE_IN_TEXT.matcher(rest);
        while (date.find() && dob.isEmpty() && problem.isEmpty()) {
            // A date a year ahead is still a date of birth with its year mistyped, not an identifier.
            Optional<LocalDate> parsed = DateOfBirthText.parse(date.group(1), today.plusYears(1));
            if (parsed.isEmpty()) {
                problem = DateOfBirthText.problem(date.group(1), today.plusYears(1));
            }
            if (parsed.isPresent() || problem.isPresent()) {
                dob = parsed;
                rest = rest.substring(0, date.start()) + " " + rest.substring(date.end());
            }
        }
        List<String> names = new ArrayList<>();
        for (String word : rest.trim().split("[\\s,;]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.chars().anyMatch(Character::isDigit)) {
                Optional<LocalDate> eight =
                        dob.isEmpty() && problem.isEmpty() ? DateOfBirthText.parse(word, today) : Optional.empty();
                if (eight.isPresent()) {
                    dob = eight;
                } else {
                    identifiers.add(word.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9/-]", ""));
                }
            } else {
                names.addAll(NameNormaliser.tokens(word));
            }
        }
        identifiers.removeIf(String::isEmpty);
        return new SearchQuery(names, dob, identifiers, 0, Map.of(), problem);
    }

    /**
     * The duplicate check's query, from a form's separate fields: the given names come first and are counted, so a
     * changed surname can be recognised.
     */
    public static SearchQuery of(
            String givenNames, String familyName, Optional<LocalDate> dateOfBirth, List<String> identifiers) {
        List<String> given =
                NameNormaliser.tokens(givenNames).stream().distinct().toList();
        List<String> names = new ArrayList<>(given);
        NameNormaliser.tokens(familyName).stream()
                .filter(t -> !names.contains(t))
                .forEach(names::add);
        return new SearchQuery(names, dateOfBirth, identifiers, given.size(), Map.of(), Optional.empty());
    }

    /**
     * Whether there is nothing but a name to go on: no date of birth, identifier, postcode, school or parent's name
     * (sex and area alone cannot tell namesakes apart).
     */
    public boolean nameOnly() {
        return dateOfBirth.isEmpty()
                && identifiers.isEmpty()
                && details.keySet().stream().noneMatch(d -> d != Detail.SEX && d != Detail.AREA);
    }

    /**
     * No date of birth and no identifier typed: whatever else agrees (a postcode, a school), the people sharing the
     * name cannot be told apart from this person well enough to say none of them is, so the duplicate check asks for
     * a date or an identifier rather than letting a new record through unexamined.
     */
    public boolean undated() {
        return dateOfBirth.isEmpty() && identifiers.isEmpty();
    }

    public boolean isEmpty() {
        return nameTokens.isEmpty() && dateOfBirth.isEmpty() && identifiers.isEmpty();
    }
}
