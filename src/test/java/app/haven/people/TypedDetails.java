package app.haven.people;

import app.haven.people.matching.Detail;
import app.haven.people.matching.SyntheticPeople;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * What a practitioner types on the new-child form beyond names and date of birth, with what goes wrong in practice
 * (ADR 0006 states these rates; they are assumptions, not measurements). Of those typing a child who already has a
 * record: an NHS number one time in five (only of use when the record holds it, 70% do), a UPN one time in ten for a
 * child of school age, the postcode where the child lives now 60% of the time (a quarter of children have moved
 * since their record's address was written), the school half the time for a child of school age (one in ten has
 * changed school since, one in ten is typed so differently, "Ashfield" for "Ashfield Academy", that it does not
 * match), sex always, the area the child's record is in 85% of the time, and a parent's or carer's name half the
 * time (see {@link #parentTyped}). A new child with no record is typed at the same rates with their own details.
 */
record TypedDetails(Map<Detail, String> details, List<String> identifiers) {

    static final int NHS_NUMBER_TYPED = 20;
    static final int UPN_TYPED = 10;
    static final int POSTCODE_TYPED = 60;
    static final int MOVED_SINCE = 25;
    static final int SCHOOL_TYPED = 50;
    static final int SCHOOL_CHANGED = 10;
    static final int SCHOOL_WRITTEN_OTHERWISE = 10;
    static final int OWN_AREA = 85;
    static final int PARENT_TYPED = 50;
    static final int PARENT_ON_RECORD_TYPED = 70;
    static final int PARENT_RENAMED_WITH_CHILD = 50;

    /** Only sex and area: the form filled in with nothing optional. */
    static TypedDetails bare(SyntheticPeople.Person person, long[] areas, Random random) {
        return new TypedDetails(sexAndArea(person, areas, random), List.of());
    }

    /** What is typed for someone who has a record: their details, some out of date or typed otherwise. */
    static TypedDetails forDuplicate(
            SyntheticPeople.Person truth,
            Optional<String> changedSurname,
            SyntheticPeople generator,
            long[] areas,
            Random random,
            Random parents) {
        Map<Detail, String> details = sexAndArea(truth, areas, random);
        if (parents.nextInt(100) < PARENT_TYPED) {
            details.put(Detail.PARENT_NAME, parentTyped(truth, changedSurname, generator, parents));
        }
        List<String> identifiers = new ArrayList<>();
        if (random.nextInt(100) < NHS_NUMBER_TYPED) {
            truth.nhsNumber().ifPresent(identifiers::add);
        }
        if (truth.schoolAge() && random.nextInt(100) < UPN_TYPED) {
            truth.upn().ifPresent(identifiers::add);
        }
        if (random.nextInt(100) < POSTCODE_TYPED) {
            String postcode = truth.postcode().isPresent() && random.nextInt(100) >= MOVED_SINCE
                    ? truth.postcode().get()
                    : generator.postcodeIn(
                            random.nextInt(5) == 0 ? random.nextInt(SyntheticPeople.AREAS) : truth.area(), random);
            details.put(Detail.POSTCODE, postcode);
        }
        if (truth.schoolAge() && random.nextInt(100) < SCHOOL_TYPED) {
            int roll = random.nextInt(100);
            Optional<String> school = truth.school();
            String typed = school.isEmpty() || roll < SCHOOL_CHANGED
                    ? generator.schoolIn(truth.area(), random)
                    : roll < SCHOOL_CHANGED + SCHOOL_WRITTEN_OTHERWISE
                            ? school.get().split(" ")[0]
                            : school.get();
            details.put(Detail.SCHOOL, typed);
        }
        return new TypedDetails(details, identifiers);
    }

    /**
     * The parent's or carer's name typed for someone who has a record: the one on record {@link
     * #PARENT_ON_RECORD_TYPED}% of the time, otherwise a parent or carer the record does not hold (the other parent, a
     * new carer). When the child's family name has changed since (a parent's new partnership) and the parent on record
     * shared the old one, the parent's family name has changed with the child's {@link #PARENT_RENAMED_WITH_CHILD}% of
     * the time.
     */
    private static String parentTyped(
            SyntheticPeople.Person truth, Optional<String> changedSurname, SyntheticPeople generator, Random random) {
        if (truth.parent().isEmpty() || random.nextInt(100) >= PARENT_ON_RECORD_TYPED) {
            return generator.parentName(truth.familyName(), random);
        }
        String parent = truth.parent().get();
        boolean renamed = changedSurname.isPresent()
                && parent.endsWith(" " + truth.familyName())
                && random.nextInt(100) < PARENT_RENAMED_WITH_CHILD;
        return renamed ? parent.substring(0, parent.lastIndexOf(' ')) + " " + changedSurname.get() : parent;
    }

    /** What is typed for a child with no record: their own details, at the same rates. */
    static TypedDetails forNewPerson(
            SyntheticPeople.Person person, SyntheticPeople generator, long[] areas, Random random, Random parents) {
        Map<Detail, String> details = sexAndArea(person, areas, random);
        if (parents.nextInt(100) < PARENT_TYPED) {
            details.put(
                    Detail.PARENT_NAME,
                    person.parent().orElseGet(() -> generator.parentName(person.familyName(), parents)));
        }
        List<String> identifiers = new ArrayList<>();
        if (random.nextInt(100) < NHS_NUMBER_TYPED) {
            person.nhsNumber().ifPresent(identifiers::add);
        }
        if (random.nextInt(100) < POSTCODE_TYPED) {
            person.postcode().ifPresent(p -> details.put(Detail.POSTCODE, p));
        }
        if (person.schoolAge() && random.nextInt(100) < SCHOOL_TYPED) {
            person.school().ifPresent(s -> details.put(Detail.SCHOOL, s));
        }
        return new TypedDetails(details, identifiers);
    }

    private static Map<Detail, String> sexAndArea(SyntheticPeople.Person person, long[] areas, Random random) {
        Map<Detail, String> details = new EnumMap<>(Detail.class);
        details.put(Detail.SEX, person.sex());
        long area = random.nextInt(100) < OWN_AREA ? areas[person.area()] : areas[random.nextInt(areas.length)];
        details.put(Detail.AREA, String.valueOf(area));
        return details;
    }
}
