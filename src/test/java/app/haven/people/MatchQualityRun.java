package app.haven.people;

import app.haven.bench.Report;
import app.haven.people.matching.SearchQuery;
import app.haven.people.matching.SyntheticPeople;
import app.haven.people.matching.SyntheticPeople.Corruption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Match quality on a loaded population, per kind of corruption: how often the search box puts the true record first
 * and in the top five, and what the duplicate check does with a real duplicate and with a new person who has no
 * record at all: once as the form is usually filled in ({@link TypedDetails}: sometimes an NHS number, UPN, postcode
 * or school, some out of date), once with only names, date, sex and area. New people include brothers and sisters of
 * people on record (same surname, address, often school), reported apart. Prints the targets as met or by how
 * much they are not. {@code -Dhaven.bench.quality.perKind} and {@code .distinct} make a run smaller.
 */
final class MatchQualityRun {

    static final int PER_KIND = Integer.getInteger("haven.bench.quality.perKind", 300);
    static final int DISTINCT = Integer.getInteger("haven.bench.quality.distinct", 1_000);
    static final int SIBLINGS = DISTINCT / 5;

    private final PersonSearch search;

    /** Draws for the parent's name typed, apart from the rest, so the look-ups are the same people as without it. */
    private final Random parents = new Random(SyntheticPeople.SEED + 17);

    private final List<Double> truthMargins = new ArrayList<>();
    private final List<Double> otherMargins = new ArrayList<>();
    private final List<Double> distinctMargins = new ArrayList<>();
    private int population;

    /** Why real duplicates were not stopped and why new people were flagged, per corruption kind. */
    private final MatchMisses misses = new MatchMisses();

    private final List<Stop> duplicateStops = new ArrayList<>();
    private final List<Stop> distinctStops = new ArrayList<>();
    private int datedLookUps;
    private int datedAskedMore;
    private int distinctAskedMore;
    private int distinctDatedAskedMore;

    MatchQualityRun(PersonSearch search) {
        this.search = search;
    }

    /** Look-ups of each kind for people picked at random; area as typed is the person's own 85% of the time. */
    void report(
            String scale,
            SyntheticPeople generator,
            List<SyntheticPeople.Person> population,
            long base,
            long[] areas,
            double distinctTarget) {
        // Weighed against everyone the index holds, parents and carers on record included.
        this.population = search.population();
        Random random = new Random(SyntheticPeople.SEED + 13);
        LocalDate today = LocalDate.now();
        Tally all = new Tally();
        Tally dated = new Tally();
        Map<Corruption, Tally> byKind = new EnumMap<>(Corruption.class);
        for (Corruption kind : Corruption.values()) {
            Tally tally = new Tally();
            while (tally.lookups < PER_KIND) {
                SyntheticPeople.Person truth = population.get(random.nextInt(population.size()));
                SyntheticPeople.CorruptedQuery query = generator.corrupt(truth, kind);
                if (query == null) {
                    continue;
                }
                long truthId = base + truth.index();
                TypedDetails typed = TypedDetails.forDuplicate(
                        truth,
                        kind == Corruption.CHANGED_SURNAME
                                ? java.util.Optional.of(query.familyName())
                                : java.util.Optional.empty(),
                        generator,
                        areas,
                        random,
                        parents);
                TypedDetails bare = TypedDetails.bare(truth, areas, random);
                Outcome outcome = lookUp(kind, query, query.text(random), typed, bare, truthId, today);
                tally.add(outcome);
                all.add(outcome);
                if (query.dateOfBirth().isPresent()) {
                    dated.add(outcome);
                }
            }
            byKind.put(kind, tally);
        }
        int falseFlags = distinct(generator, population, areas, random);
        int siblingFlags = siblings(generator, population, areas, random);
        Report.line("match quality " + scale + " (" + PER_KIND + " look-ups of each kind, " + DISTINCT
                + " new people with no record):");
        Report.line(String.format(
                "  %-22s %6s %7s %7s %9s %9s %11s %12s %9s",
                "corruption",
                "checks",
                "top-1",
                "top-5",
                "dup flag",
                "bare flag",
                "true first",
                "others shown",
                "asked more"));
        Report.line(
                "  (dup flag: the check as the form is usually filled in; bare flag: names, date, sex and area only)");
        Report.line(String.format(
                "  (records holding a parent or carer: %d%%; a parent's or carer's name typed in %d%% of checks, the one"
                        + " on record %d%% of those)",
                SyntheticPeople.PARENTS_ON_RECORD, TypedDetails.PARENT_TYPED, TypedDetails.PARENT_ON_RECORD_TYPED));
        byKind.forEach((kind, t) -> Report.line(t.row(kind.name())));
        Report.line(all.row("ALL"));
        Report.line(dated.row("ALL WITH A DATE TYPED"));
        double falseRate = 100.0 * falseFlags / DISTINCT;
        Report.line(String.format("  distinct new people flagged: %d/%d = %.1f%%", falseFlags, DISTINCT, falseRate));
        Report.line(String.format(
                "  brothers and sisters of people on record (new, same surname and address) flagged: %d/%d = %.1f%%",
                siblingFlags, SIBLINGS, 100.0 * siblingFlags / SIBLINGS));
        Report.line(String.format(
                "  real duplicates with a date or identifier typed asked for more (none likely, cannot tell apart):"
                        + " %d/%d = %.1f%%",
                datedAskedMore, datedLookUps, datedLookUps == 0 ? 0 : 100.0 * datedAskedMore / datedLookUps));
        Report.line(String.format(
                "  distinct new people asked for more before a record is made: %d/%d = %.1f%% (%d with a date or"
                        + " identifier typed)",
                distinctAskedMore, DISTINCT, 100.0 * distinctAskedMore / DISTINCT, distinctDatedAskedMore));
        marginSweep();
        possibleSweep();
        misses.report();
        Report.line("targets " + scale + ":");
        target("true record in top five when a date of birth is typed", dated.percent(dated.topFive), 99, true);
        Tally changed = byKind.get(Corruption.CHANGED_SURNAME);
        target("changed surname with exact date in top five", changed.percent(changed.topFive), 95, true);
        target("distinct new people flagged", falseRate, distinctTarget, false);
        target("real duplicates flagged as likely", all.percent(all.flagged), 97, true);
        target("real duplicates flagged, names, date, sex and area only", all.percent(all.bareFlagged), 97, true);
        target("real duplicates flagged as likely, or asked for more (stopped)", all.percent(all.stopped), 97, true);
        // The target reads "in checks on a real duplicate": every such check counts, including those that
        // showed no one (nothing likely), which the conditional figure after it leaves out.
        target("true record shown first, of all checks on a real duplicate", all.percent(all.first), 95, true);
        target(
                "true record shown first when a real duplicate's check shows any",
                all.percent(all.first, all.shown),
                95,
                true);
    }

    private Outcome lookUp(
            Corruption kind,
            SyntheticPeople.CorruptedQuery query,
            String text,
            TypedDetails typed,
            TypedDetails bare,
            long truth,
            LocalDate today) {
        List<PersonSearch.Ranked> top = search.rank(SearchQuery.parse(text, today), true, 5);
        int position = -1;
        for (int i = 0; i < top.size(); i++) {
            if (top.get(i).personId() == truth) {
                position = i;
            }
        }
        SearchQuery check = SearchQuery.of(
                        query.givenNames(), query.familyName(), query.dateOfBirth(), typed.identifiers())
                .with(typed.details());
        List<PersonSearch.Ranked> ranked =
                search.rankThoroughly(check, DuplicateCheck.SHOWN * 4).ranked();
        double bits = Math.log(population) / Math.log(2);
        truthMargins.add(ranked.stream()
                .filter(r -> r.personId() == truth)
                .mapToDouble(r -> r.match().weight() - bits)
                .findFirst()
                .orElse(Double.NEGATIVE_INFINITY));
        otherMargins.add(ranked.stream()
                .filter(r -> r.personId() != truth)
                .mapToDouble(r -> r.match().weight() - bits)
                .findFirst()
                .orElse(Double.NEGATIVE_INFINITY));
        PersonSearch.Duplicates found = search.duplicatesAmong(check, ranked, DuplicateCheck.SHOWN);
        List<PersonSearch.Ranked> likely = found.likely();
        boolean flagged = likely.stream().anyMatch(r -> r.personId() == truth);
        // What the check shows: the likely matches, or when it asks for more, the possible ones it cannot tell apart.
        List<PersonSearch.Ranked> shown = likely.isEmpty() ? found.possible() : likely;
        boolean first = !shown.isEmpty() && shown.get(0).personId() == truth;
        int others = (int) likely.stream().filter(r -> r.personId() != truth).count();
        boolean askedMore = likely.isEmpty() && found.cannotTell() > 0;
        duplicateStops.add(Stop.of(check, found, flagged, ranked, bits));
        if (!check.undated()) {
            datedLookUps++;
            datedAskedMore += askedMore ? 1 : 0;
        }
        if (!flagged && !askedMore) {
            misses.missed(kind, check, truth, ranked, bits);
        }
        SearchQuery bareCheck = query.structured().with(bare.details());
        boolean bareFlagged = search.likelyDuplicates(bareCheck, DuplicateCheck.SHOWN).stream()
                .anyMatch(r -> r.personId() == truth);
        return new Outcome(
                position == 0, position >= 0, flagged, bareFlagged, !shown.isEmpty(), first, others, askedMore);
    }

    /**
     * Recall and false flags had the likely-duplicate rule asked for another margin over the population's size (in
     * bits), so the margin can be chosen from one run: a real duplicate counts when its true record reaches the
     * margin, a new person when anyone does.
     */
    private void marginSweep() {
        Report.line("  margin over log2(population): real duplicates flagged / true record first / new people flagged");
        for (double margin = 0; margin <= 7; margin += 0.5) {
            int flagged = 0;
            int first = 0;
            int shown = 0;
            for (int i = 0; i < truthMargins.size(); i++) {
                boolean truthIn = truthMargins.get(i) >= margin;
                boolean otherIn = otherMargins.get(i) >= margin;
                flagged += truthIn ? 1 : 0;
                shown += truthIn || otherIn ? 1 : 0;
                first += truthIn && truthMargins.get(i) >= otherMargins.get(i) ? 1 : 0;
            }
            double m = margin;
            long falseFlags = distinctMargins.stream().filter(d -> d >= m).count();
            Report.line(String.format(
                    "    %.1f bits: %5.1f%% / %5.1f%% / %5.1f%%",
                    margin,
                    100.0 * flagged / truthMargins.size(),
                    shown == 0 ? 0 : 100.0 * first / shown,
                    100.0 * falseFlags / distinctMargins.size()));
        }
    }

    /**
     * Real duplicates stopped and new people stopped (flagged as likely or asked for more) had the line from which the
     * check cannot tell a record from this person been another margin over the population's size, in bits.
     */
    private void possibleSweep() {
        Report.line("  ask-for-more margin over log2(population): real duplicates stopped / new people stopped");
        for (double margin = -3; margin <= 3.5; margin += 0.5) {
            double m = margin;
            Report.line(String.format(
                    "    %4.1f bits: %5.1f%% / %5.1f%%",
                    margin,
                    100.0 * duplicateStops.stream().filter(x -> x.stops(m)).count() / duplicateStops.size(),
                    100.0 * distinctStops.stream().filter(x -> x.stops(m)).count() / distinctStops.size()));
        }
    }

    /** One check, for the ask-for-more sweep: its best margin over log2(population) when nothing was likely. */
    private record Stop(boolean flagged, boolean likelyEmpty, boolean undated, boolean namesakes, double best) {

        static Stop of(
                SearchQuery query,
                PersonSearch.Duplicates found,
                boolean flagged,
                List<PersonSearch.Ranked> ranked,
                double bits) {
            return new Stop(
                    flagged,
                    found.likely().isEmpty(),
                    query.undated(),
                    query.undated() && found.cannotTell() > 0,
                    ranked.isEmpty()
                            ? Double.NEGATIVE_INFINITY
                            : ranked.get(0).match().weight() - bits);
        }

        boolean stops(double margin) {
            return flagged || (likelyEmpty && (undated ? namesakes : best >= margin));
        }
    }

    private int distinct(
            SyntheticPeople generator, List<SyntheticPeople.Person> population, long[] areas, Random random) {
        Set<String> taken = new HashSet<>();
        population.forEach(p -> taken.add(SyntheticPeople.key(p)));
        int falseFlags = 0;
        for (int i = 0; i < DISTINCT; i++) {
            SyntheticPeople.Person other = generator.distinct(i, taken);
            TypedDetails typed = TypedDetails.forNewPerson(other, generator, areas, random, parents);
            SearchQuery query = SearchQuery.of(
                            other.givenNames(), other.familyName(), other.dateOfBirth(), typed.identifiers())
                    .with(typed.details());
            double bits = Math.log(this.population) / Math.log(2);
            List<PersonSearch.Ranked> ranked =
                    search.rankThoroughly(query, DuplicateCheck.SHOWN * 4).ranked();
            distinctMargins.add(
                    ranked.isEmpty()
                            ? Double.NEGATIVE_INFINITY
                            : ranked.get(0).match().weight() - bits);
            PersonSearch.Duplicates found = search.duplicatesAmong(query, ranked, DuplicateCheck.SHOWN);
            List<PersonSearch.Ranked> flagged = found.likely();
            distinctStops.add(Stop.of(query, found, !flagged.isEmpty(), ranked, bits));
            if (flagged.isEmpty() && found.cannotTell() > 0) {
                distinctAskedMore++;
                distinctDatedAskedMore += query.undated() ? 0 : 1;
            }
            if (!flagged.isEmpty()) {
                misses.falselyFlagged("new person", query, flagged.get(0), bits);
                falseFlags++;
                if (falseFlags <= 5) {
                    Report.line("  new person flagged, e.g. " + query.nameTokens() + " "
                            + query.dateOfBirth().map(LocalDate::toString).orElse("no date") + ": "
                            + flagged.get(0).match().reasons());
                }
            }
        }
        return falseFlags;
    }

    /** Brothers and sisters of people on record, new to Haven: how many the check calls likely the same child. */
    private int siblings(
            SyntheticPeople generator, List<SyntheticPeople.Person> population, long[] areas, Random random) {
        int flagged = 0;
        for (int i = 0; i < SIBLINGS; i++) {
            SyntheticPeople.Person existing = population.get(random.nextInt(population.size()));
            SyntheticPeople.Person sibling = generator.sibling(existing, DISTINCT + i, random);
            TypedDetails typed = TypedDetails.forNewPerson(sibling, generator, areas, random, parents);
            SearchQuery query = SearchQuery.of(
                            sibling.givenNames(), sibling.familyName(), sibling.dateOfBirth(), typed.identifiers())
                    .with(typed.details());
            List<PersonSearch.Ranked> likely = search.likelyDuplicates(query, DuplicateCheck.SHOWN);
            if (!likely.isEmpty()) {
                misses.falselyFlagged(
                        "brother or sister", query, likely.get(0), Math.log(this.population) / Math.log(2));
                flagged++;
                if (flagged <= 3) {
                    Report.line("  brother or sister flagged, e.g. " + query.nameTokens() + " "
                            + query.dateOfBirth().map(LocalDate::toString).orElse("no date") + ": "
                            + likely.get(0).match().reasons());
                }
            }
        }
        return flagged;
    }

    private static void target(String what, double measured, double target, boolean atLeast) {
        boolean met = atLeast ? measured >= target : measured <= target;
        Report.line(String.format(
                "  %-66s %6.1f%% (target %s %.0f%%): %s",
                what,
                measured,
                atLeast ? ">=" : "<=",
                target,
                met ? "MET" : String.format("NOT MET by %.1f points", Math.abs(measured - target))));
    }

    private record Outcome(
            boolean top1,
            boolean top5,
            boolean flagged,
            boolean bareFlagged,
            boolean shown,
            boolean first,
            int others,
            boolean askedMore) {}

    private static final class Tally {
        int lookups;
        int topOne;
        int topFive;
        int flagged;
        int bareFlagged;
        int shown;
        int first;
        int others;
        int askedMore;
        int stopped;

        void add(Outcome o) {
            stopped += o.flagged() || o.askedMore() ? 1 : 0;
            lookups++;
            topOne += o.top1() ? 1 : 0;
            topFive += o.top5() ? 1 : 0;
            flagged += o.flagged() ? 1 : 0;
            bareFlagged += o.bareFlagged() ? 1 : 0;
            shown += o.shown() ? 1 : 0;
            first += o.first() ? 1 : 0;
            others += o.others();
            askedMore += o.askedMore() ? 1 : 0;
        }

        double percent(int part) {
            return percent(part, lookups);
        }

        double percent(int part, int whole) {
            return whole == 0 ? 0 : 100.0 * part / whole;
        }

        String row(String name) {
            return String.format(
                    "  %-22s %6d %6.1f%% %6.1f%% %8.1f%% %8.1f%% %10.1f%% %12.2f %8.1f%%",
                    name,
                    lookups,
                    percent(topOne),
                    percent(topFive),
                    percent(flagged),
                    percent(bareFlagged),
                    percent(first, shown),
                    lookups == 0 ? 0 : (double) others / lookups,
                    percent(askedMore));
        }
    }
}
