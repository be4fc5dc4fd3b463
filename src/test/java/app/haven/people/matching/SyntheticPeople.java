package app.haven.people.matching;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;

/**
 * Fictional people and corrupted copies of them, for measuring search and the duplicate check. Deterministic for a
 * seed. Names come from datafaker's UK lists and the nickname file, drawn with a skew so common names are common
 * (many John Smiths make ranking honest); dates of birth span ages 0 to 25.
 */
public final class SyntheticPeople {

    public static final long SEED = 20_261_128L;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    /** Partnership areas: person {@code i} lives in area {@code i % AREAS}, as the benchmarks load them. */
    public static final int AREAS = 8;

    /** Children per postcode unit: a UK postcode covers about 15 households. */
    static final int CHILDREN_PER_POSTCODE = 8;

    /**
     * Records holding a parent or carer (a relationship to an adult's record), in percent; {@code
     * -Dhaven.bench.parents=0} for none. An assumption, not a measurement: agencies working with a child usually
     * record a parent or carer, but not every record in a partnership has one linked.
     */
    public static final int PARENTS_ON_RECORD = Integer.getInteger("haven.bench.parents", 60);

    /** Parents or carers on record who share the child's family name, in percent. */
    static final int PARENT_SHARES_SURNAME = 70;

    /** Pupils per school or setting. */
    static final int PUPILS_PER_SCHOOL = 400;

    /**
     * A generated person; {@code index} is their position in the population. What the record holds beyond names
     * and date: an NHS number (70% of records: agencies other than health often lack it), a UPN (half of those of
     * school age), the postcode of a current address (75%), a school or setting (85% of those aged 4 to 16), the name
     * of a parent or carer ({@link #PARENTS_ON_RECORD}%: loaded as an adult's record and a relationship).
     */
    public record Person(
            int index,
            String givenNames,
            String familyName,
            Optional<String> preferredName,
            Optional<LocalDate> dateOfBirth,
            boolean dateOfBirthEstimated,
            String sex,
            Optional<String> nhsNumber,
            Optional<String> upn,
            Optional<String> postcode,
            Optional<String> school,
            Optional<String> parent) {

        public int area() {
            return index % AREAS;
        }

        public boolean schoolAge() {
            return dateOfBirth
                    .map(d -> d.isAfter(TODAY.minusYears(17)) && d.isBefore(TODAY.minusYears(4)))
                    .orElse(false);
        }
    }

    /** What a practitioner typed for a known person, and how it was corrupted. */
    public record CorruptedQuery(
            Person truth,
            String givenNames,
            String familyName,
            Optional<LocalDate> dateOfBirth,
            List<Corruption> kinds) {

        /** The search box text, in one of the UK date forms people use. */
        public String text(Random random) {
            String dob = dateOfBirth.map(d -> format(d, random)).orElse("");
            return (givenNames + " " + familyName + " " + dob).strip();
        }

        public SearchQuery structured() {
            return SearchQuery.of(givenNames, familyName, dateOfBirth, List.of());
        }
    }

    public enum Corruption {
        TYPO,
        NICKNAME,
        SWAPPED_DAY_MONTH,
        MISSING_DATE_OF_BIRTH,
        YEAR_OFF_BY_ONE,
        TRANSPOSED_NAMES,
        CHANGED_SURNAME
    }

    private static final List<String> SURNAME_STARTS = List.of(
            "Ash", "Black", "Brad", "Brook", "Clay", "Cold", "Dun", "East", "Fair", "Fen", "Glen", "Green", "Hart",
            "Hay", "Hol", "Kirk", "Lang", "Lee", "Marsh", "Mill", "Moor", "New", "North", "Oak", "Pen", "Rad", "Red",
            "Rose", "Roth", "Sand", "Shaw", "South", "Stan", "Stock", "Stone", "Thorn", "Wake", "Ward", "West", "Whit",
            "Wind", "Wood", "Wool", "Bar", "Cal", "Dal", "Hen", "Nor", "Pres", "Ry");
    private static final List<String> SURNAME_ENDS = List.of(
            "ley", "ton", "field", "worth", "ford", "by", "wood", "well", "ham", "stead", "hurst", "combe", "dale",
            "more", "wick", "bury", "land", "cott", "bridge", "thorpe", "holme", "gate", "croft", "son", "ridge",
            "shaw", "ington", "ster", "cliffe", "mere");
    private static final List<String> FORMATS =
            List.of("d/M/yyyy", "dd/MM/yyyy", "d MMMM yyyy", "yyyy-MM-dd", "d MMM yy");

    private final Random random;
    private final List<String> female;
    private final List<String> male;
    private final List<String> family;
    private final double skew;
    private final Random details;
    private final Random parents;
    private int size = 100_000;

    /**
     * The harsher population (issue 13): 40 given names for each sex and 60 surnames, drawn with a mild skew, so that
     * at a million people several hundred share each full name and a few share each given name and birthday.
     */
    public static SyntheticPeople harsh(long seed) {
        SyntheticPeople wide = new SyntheticPeople(seed);
        return new SyntheticPeople(
                wide.random, wide.female.subList(0, 40), wide.male.subList(0, 40), wide.family.subList(0, 60), 1.5);
    }

    private SyntheticPeople(Random random, List<String> female, List<String> male, List<String> family, double skew) {
        this.random = random;
        this.details = new Random(SEED + 1);
        this.parents = new Random(SEED + 2);
        this.female = List.copyOf(female);
        this.male = List.copyOf(male);
        this.family = List.copyOf(family);
        this.skew = skew;
    }

    public SyntheticPeople(long seed) {
        this.random = new Random(seed);
        this.details = new Random(seed + 1);
        this.parents = new Random(seed + 2);
        Faker faker = new Faker(Locale.UK, new Random(seed));
        Set<String> f = new LinkedHashSet<>();
        Set<String> m = new LinkedHashSet<>();
        Set<String> s = new LinkedHashSet<>();
        for (int i = 0; i < 6000; i++) {
            f.add(faker.name().femaleFirstName());
            m.add(faker.name().maleFirstName());
            s.add(faker.name().lastName());
        }
        // Datafaker's list has under 500 surnames, so at a million people each would be shared by two thousand,
        // several times more concentrated than UK surnames really are; compounds of common English place-name parts
        // widen the pool to about two thousand.
        for (String prefix : SURNAME_STARTS) {
            for (String suffix : SURNAME_ENDS) {
                s.add(prefix + suffix);
            }
        }
        List<String> variants = variantNames();
        for (int i = 0; i < variants.size(); i++) {
            (i % 2 == 0 ? f : m).add(capitalise(variants.get(i)));
        }
        this.female = List.copyOf(f);
        this.male = List.copyOf(m);
        this.family = List.copyOf(s);
        this.skew = 2;
    }

    public Random random() {
        return random;
    }

    public List<Person> population(int size) {
        this.size = size;
        List<Person> people = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            people.add(person(i));
        }
        return people;
    }

    /** A person who is not in a population of this generator's making (a different name and date of birth). */
    public Person distinct(int index, Set<String> taken) {
        while (true) {
            Person p = person(index);
            if (taken.add(key(p))) {
                // Their own identifiers, which no record holds.
                return new Person(
                        p.index(),
                        p.givenNames(),
                        p.familyName(),
                        p.preferredName(),
                        p.dateOfBirth(),
                        p.dateOfBirthEstimated(),
                        p.sex(),
                        p.nhsNumber().map(n -> "8" + n.substring(1)),
                        p.upn().map(n -> "C" + n.substring(1)),
                        p.postcode(),
                        p.school(),
                        p.parent());
            }
        }
    }

    public static String key(Person p) {
        return NameNormaliser.token(p.givenNames()) + "|" + NameNormaliser.token(p.familyName()) + "|"
                + p.dateOfBirth();
    }

    public CorruptedQuery corrupt(Person p) {
        List<Corruption> kinds = new ArrayList<>();
        kinds.add(pick(Corruption.values()));
        if (random.nextBoolean()) {
            Corruption second = pick(Corruption.values());
            if (!kinds.contains(second) && compatible(kinds.get(0), second)) {
                kinds.add(second);
            }
        }
        String given = p.givenNames();
        String surname = p.familyName();
        Optional<LocalDate> dob = p.dateOfBirth().filter(d -> !p.dateOfBirthEstimated());
        if (dob.isEmpty() && kinds.contains(Corruption.CHANGED_SURNAME)) {
            kinds.remove(Corruption.CHANGED_SURNAME);
        }
        for (Corruption kind : List.copyOf(kinds)) {
            switch (kind) {
                case TYPO -> {
                    if (random.nextBoolean() && given.length() >= 4) {
                        given = typo(given);
                    } else {
                        surname = typo(surname);
                    }
                }
                case NICKNAME -> given = nickname(given);
                case SWAPPED_DAY_MONTH ->
                    dob = dob.map(d -> DateOfBirthText.swap(d).orElse(d.plusYears(1)));
                case MISSING_DATE_OF_BIRTH -> dob = Optional.empty();
                case YEAR_OFF_BY_ONE -> dob = dob.map(d -> random.nextBoolean() ? d.plusYears(1) : d.minusYears(1));
                case TRANSPOSED_NAMES -> {
                    String swap = given;
                    given = surname;
                    surname = swap;
                }
                case CHANGED_SURNAME -> surname = skewed(family);
            }
        }
        if (kinds.isEmpty()) {
            kinds.add(Corruption.TYPO);
            surname = typo(surname);
        }
        return new CorruptedQuery(p, given, surname, dob, kinds);
    }

    /** A look-up with exactly one kind of corruption, for figures per kind; null when it cannot apply to this person. */
    public CorruptedQuery corrupt(Person p, Corruption kind) {
        Optional<LocalDate> dob = p.dateOfBirth().filter(d -> !p.dateOfBirthEstimated());
        boolean needsDate = kind == Corruption.CHANGED_SURNAME
                || kind == Corruption.SWAPPED_DAY_MONTH
                || kind == Corruption.YEAR_OFF_BY_ONE
                || kind == Corruption.MISSING_DATE_OF_BIRTH;
        if (needsDate && dob.isEmpty()) {
            return null;
        }
        // Only a date whose day and month can be swapped (day 12 or under, day and month different) can be typed
        // swapped; falling back to a year out, as this once did, made most "swapped" look-ups year-out ones.
        if (kind == Corruption.SWAPPED_DAY_MONTH
                && dob.flatMap(DateOfBirthText::swap).isEmpty()) {
            return null;
        }
        String given = p.givenNames();
        String surname = p.familyName();
        switch (kind) {
            case TYPO -> {
                if (random.nextBoolean()) {
                    given = typo(given);
                } else {
                    surname = typo(surname);
                }
            }
            case NICKNAME -> given = nickname(given);
            case SWAPPED_DAY_MONTH -> dob = dob.flatMap(DateOfBirthText::swap);
            case MISSING_DATE_OF_BIRTH -> dob = Optional.empty();
            case YEAR_OFF_BY_ONE -> dob = dob.map(d -> random.nextBoolean() ? d.plusYears(1) : d.minusYears(1));
            case TRANSPOSED_NAMES -> {
                String swap = given;
                given = surname;
                surname = swap;
            }
            case CHANGED_SURNAME -> {
                String changed = skewed(family);
                while (changed.equals(surname)) {
                    changed = skewed(family);
                }
                surname = changed;
            }
        }
        return new CorruptedQuery(p, given, surname, dob, List.of(kind));
    }

    /** A changed surname leaves only a given name and the date of birth to go on: keep the date exact. */
    private static boolean compatible(Corruption a, Corruption b) {
        Set<Corruption> dates =
                Set.of(Corruption.SWAPPED_DAY_MONTH, Corruption.MISSING_DATE_OF_BIRTH, Corruption.YEAR_OFF_BY_ONE);
        if (a == Corruption.CHANGED_SURNAME || b == Corruption.CHANGED_SURNAME) {
            return !dates.contains(a)
                    && !dates.contains(b)
                    && a != Corruption.TRANSPOSED_NAMES
                    && b != Corruption.TRANSPOSED_NAMES;
        }
        return !(dates.contains(a) && dates.contains(b));
    }

    private Person person(int index) {
        boolean isFemale = random.nextBoolean();
        String given = skewed(isFemale ? female : male);
        String surname = skewed(family);
        Optional<String> preferred = Optional.empty();
        if (random.nextInt(10) == 0) {
            List<String> nicknames = new ArrayList<>(NameVariants.standard().variantsOf(NameNormaliser.token(given)));
            nicknames.remove(NameNormaliser.token(given));
            if (!nicknames.isEmpty()) {
                nicknames.sort(String::compareTo);
                preferred = Optional.of(capitalise(nicknames.get(random.nextInt(nicknames.size()))));
            }
        }
        int roll = random.nextInt(100);
        Optional<LocalDate> dob = roll < 3 ? Optional.empty() : Optional.of(TODAY.minusDays(random.nextInt(26 * 365)));
        boolean estimated = roll >= 3 && roll < 6;
        return withDetails(new Person(
                index,
                given,
                surname,
                preferred,
                dob,
                estimated,
                isFemale ? "FEMALE" : "MALE",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    }

    /** The person with what their record holds beyond names and date, drawn for their area (see {@link Person}). */
    private Person withDetails(Person p) {
        int area = p.index() % AREAS;
        Optional<String> nhs = details.nextInt(100) < 70
                ? Optional.of(String.format("9%09d", p.index() % 1_000_000_000))
                : Optional.empty();
        boolean pupil = p.schoolAge();
        Optional<String> upn =
                pupil && details.nextInt(100) < 50 ? Optional.of(String.format("B%012d", p.index())) : Optional.empty();
        Optional<String> postcode =
                details.nextInt(100) < 75 ? Optional.of(postcodeIn(area, details)) : Optional.empty();
        Optional<String> school =
                pupil && details.nextInt(100) < 85 ? Optional.of(schoolIn(area, details)) : Optional.empty();
        return new Person(
                p.index(),
                p.givenNames(),
                p.familyName(),
                p.preferredName(),
                p.dateOfBirth(),
                p.dateOfBirthEstimated(),
                p.sex(),
                nhs,
                upn,
                postcode,
                school,
                parent(p));
    }

    /**
     * The name of a parent or carer on the person's record, for {@link #PARENTS_ON_RECORD} percent of people: a
     * mother or father with the child's family name {@link #PARENT_SHARES_SURNAME} percent of the time, another
     * family name otherwise, names drawn from the same few as the children's. Drawn from a random sequence of its own,
     * so the rest of the population is the same whatever the share.
     */
    private Optional<String> parent(Person child) {
        if (parents.nextInt(100) >= PARENTS_ON_RECORD) {
            return Optional.empty();
        }
        return Optional.of(parentName(child.familyName(), parents));
    }

    /** A parent's or carer's name for a child of this family name (see {@link #parent}). */
    public String parentName(String childFamilyName, Random random) {
        String given = skewed(random.nextBoolean() ? female : male, random);
        String family = random.nextInt(100) < PARENT_SHARES_SURNAME ? childFamilyName : skewed(this.family, random);
        return given + " " + family;
    }

    /** A family name drawn as the population's are, other than {@code not}: a child's changed surname. */
    public String otherFamilyName(String not, Random random) {
        String changed = skewed(family, random);
        while (changed.equals(not)) {
            changed = skewed(family, random);
        }
        return changed;
    }

    /** A postcode in an area: about {@link #CHILDREN_PER_POSTCODE} people of the population share each. */
    public String postcodeIn(int area, Random random) {
        int units = Math.max(1, size / AREAS / CHILDREN_PER_POSTCODE);
        int n = random.nextInt(units);
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return "Z" + (char) ('A' + area) + (n % 10) + " " + ((n / 10) % 10) + letters.charAt((n / 100) % 20)
                + letters.charAt((n / 2000) % 20);
    }

    /** A school in an area: about {@link #PUPILS_PER_SCHOOL} of the population's school-age children attend each. */
    public String schoolIn(int area, Random random) {
        int schools = Math.max(1, size / 2 / AREAS / PUPILS_PER_SCHOOL);
        int n = random.nextInt(schools);
        String name = SURNAME_STARTS.get(n % SURNAME_STARTS.size())
                + SURNAME_ENDS.get((n / SURNAME_STARTS.size()) % SURNAME_ENDS.size());
        String kind = List.of("Primary School", "Academy", "High School", "Church of England Primary")
                .get((n / (SURNAME_STARTS.size() * SURNAME_ENDS.size()) + area) % 4);
        return name + " " + kind + " " + (char) ('A' + area);
    }

    /**
     * A brother or sister of {@code existing} who has no record: the same family name, address and often school,
     * another given name, born one to six years apart, or (one in thirty) a twin born the same day.
     */
    public Person sibling(Person existing, int index, Random random) {
        boolean isFemale = random.nextBoolean();
        String given = skewed(isFemale ? female : male);
        while (NameNormaliser.token(given).equals(NameNormaliser.token(existing.givenNames()))) {
            given = skewed(isFemale ? female : male);
        }
        boolean twin = random.nextInt(30) == 0;
        Optional<LocalDate> dob = existing.dateOfBirth()
                .map(d -> twin ? d : d.plusDays((random.nextBoolean() ? 1 : -1) * (365 + random.nextInt(5 * 365))))
                .filter(d -> !d.isAfter(TODAY));
        Person sibling = new Person(
                index,
                given,
                existing.familyName(),
                Optional.empty(),
                dob,
                false,
                isFemale ? "FEMALE" : "MALE",
                Optional.of(String.format("8%09d", index)),
                Optional.empty(),
                existing.postcode(),
                Optional.empty(),
                existing.parent());
        Optional<String> school = sibling.schoolAge()
                ? (existing.school().isPresent() && random.nextInt(100) < 60
                        ? existing.school()
                        : Optional.of(schoolIn(existing.area(), random)))
                : Optional.empty();
        return new Person(
                index,
                given,
                existing.familyName(),
                Optional.empty(),
                dob,
                false,
                sibling.sex(),
                sibling.nhsNumber(),
                sibling.upn(),
                sibling.postcode(),
                school,
                sibling.parent());
    }

    private String nickname(String given) {
        List<String> options = new ArrayList<>(NameVariants.standard().variantsOf(NameNormaliser.token(given)));
        options.remove(NameNormaliser.token(given));
        if (options.isEmpty()) {
            return typo(given);
        }
        options.sort(String::compareTo);
        return capitalise(options.get(random.nextInt(options.size())));
    }

    /** One slip: a letter lost, added, changed, or two swapped. */
    String typo(String word) {
        if (word.length() < 4) {
            return word.substring(0, word.length() - 1) + (char) ('a' + random.nextInt(26));
        }
        StringBuilder b = new StringBuilder(word);
        int at = 1 + random.nextInt(word.length() - 2);
        char letter = (char) ('a' + random.nextInt(26));
        switch (random.nextInt(4)) {
            case 0 -> b.deleteCharAt(at);
            case 1 -> b.insert(at, letter);
            case 2 -> b.setCharAt(at, letter);
            default -> {
                char c = b.charAt(at);
                b.setCharAt(at, b.charAt(at + 1));
                b.setCharAt(at + 1, c);
            }
        }
        return b.toString();
    }

    private String skewed(List<String> pool) {
        return skewed(pool, random);
    }

    private String skewed(List<String> pool, Random from) {
        return pool.get((int) (pool.size() * Math.pow(from.nextDouble(), skew)));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    static String format(LocalDate date, Random random) {
        return DateTimeFormatter.ofPattern(FORMATS.get(random.nextInt(FORMATS.size())), Locale.UK)
                .format(date);
    }

    private static String capitalise(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static List<String> variantNames() {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                SyntheticPeople.class.getResourceAsStream(NameVariants.RESOURCE), StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .flatMap(line -> java.util.Arrays.stream(line.split(",")))
                    .map(NameNormaliser::token)
                    .filter(name -> name.length() >= 3 && seen.add(name))
                    .forEach(names::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
    }
}
