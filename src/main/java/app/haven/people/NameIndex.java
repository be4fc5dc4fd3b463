package app.haven.people;

import app.haven.people.matching.Detail;
import app.haven.people.matching.FirstLetters;
import app.haven.people.matching.NameVariants;
import app.haven.people.matching.Rarity;
import app.haven.people.matching.SoundKeys;
import app.haven.platform.ChangeFeed;
import java.sql.Array;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every person's name tokens and date of birth, held in memory so that finding candidates for a search costs
 * microseconds instead of several index scans (ADR 0006). PostgreSQL stays the record: the index follows it through
 * {@code person.index_version}, which every insert and update advances. Each search first asks for rows changed
 * since the last one it saw, so a record is findable the moment its transaction commits, on every node.
 */
@Component
class NameIndex implements Rarity {

    /**
     * The details read with each person, beyond names and date of birth: the postcode of their current address,
     * their school or setting, and every name of each parent and carer on record (relationships still current), for
     * weighing a duplicate check's corroboration.
     */
    static final String DETAIL_COLUMNS = ", p.education_setting AS school, (SELECT a.postcode FROM person_address a"
            + " WHERE a.person_id = p.id AND a.to_date IS NULL ORDER BY a.from_date DESC, a.id DESC LIMIT 1) AS postcode,"
            + " (SELECT string_agg(n.given_names || ' ' || n.family_name, '" + Detail.SEPARATOR + "')"
            + " FROM person_relationship r JOIN person_name n ON n.person_id = r.related_person_id"
            + " AND n.removed_at IS NULL WHERE r.person_id = p.id AND r.relationship_type IN ('PARENT', 'CARER')"
            + " AND r.ended_at IS NULL) AS parents";

    /**
     * One person as search sees them; {@code sex} is the {@link Sex} ordinal, {@code areaId} 0 when not recorded,
     * {@code postcode} and {@code school} normalised ({@link Detail#normalise}), empty when not recorded; {@code
     * tokenIds} the index's number for each token, set when the entry is put in the index, so that a candidate walk
     * compares numbers instead of strings.
     */
    record Entry(
            long id,
            long keptId,
            String[] tokens,
            int epochDay,
            boolean estimated,
            byte sex,
            long areaId,
            String postcode,
            String school,
            String parents,
            int[] tokenIds) {
        static final int NO_DATE = Integer.MIN_VALUE;

        /** The token numbers of an entry read from the table, before the index numbers its tokens. */
        static final int[] UNNUMBERED = new int[0];

        private Entry numbered(int[] ids) {
            return new Entry(id, keptId, tokens, epochDay, estimated, sex, areaId, postcode, school, parents, ids);
        }

        Optional<LocalDate> dateOfBirth() {
            return epochDay == NO_DATE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
        }

        /** Sex and area as the scorer weighs them. */
        Map<Detail, String> details() {
            Map<Detail, String> details = new EnumMap<>(Detail.class);
            details.put(Detail.SEX, Sex.values()[sex].name());
            if (areaId != 0) {
                details.put(Detail.AREA, String.valueOf(areaId));
            }
            if (!postcode.isEmpty()) {
                details.put(Detail.POSTCODE, postcode);
            }
            if (!school.isEmpty()) {
                details.put(Detail.SCHOOL, school);
            }
            if (!parents.isEmpty()) {
                details.put(Detail.PARENT_NAME, parents);
            }
            return details;
        }
    }

    /** The details of a person row read with {@link #DETAIL_COLUMNS}, as the scorer compares them. */
    static Map<Detail, String> details(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<Detail, String> details = new EnumMap<>(Detail.class);
        details.put(Detail.SEX, rs.getString("sex"));
        long area = rs.getLong("area_id");
        if (!rs.wasNull() && area != 0) {
            details.put(Detail.AREA, String.valueOf(area));
        }
        for (Detail detail : new Detail[] {Detail.POSTCODE, Detail.SCHOOL}) {
            String value = detail.normalise(rs.getString(detail == Detail.POSTCODE ? "postcode" : "school"));
            if (!value.isEmpty()) {
                details.put(detail, value);
            }
        }
        String parents = rs.getString("parents");
        if (parents != null) {
            String names = Detail.PARENT_NAME.joined(Detail.PARENT_NAME.held(parents));
            if (!names.isEmpty()) {
                details.put(Detail.PARENT_NAME, names);
            }
        }
        return details;
    }

    private static final Logger log = LoggerFactory.getLogger(NameIndex.class);

    private final JdbcClient jdbc;
    /**
     * Each person's slot: a dense number given in the order people are first read, by which posting lists refer to
     * them and {@link #entries} holds them, so a candidate walk reads an array instead of hashing ids.
     */
    private final Map<Long, Integer> slotOf = new ConcurrentHashMap<>();
    /** Entries by slot; replaced by a longer copy when full, before any posting list shows the new slots. */
    private volatile Entry[] entries = new Entry[1024];

    private final Map<String, Postings> byToken = new ConcurrentHashMap<>();
    private final Map<String, Integer> tokenIds = new ConcurrentHashMap<>();
    private final AtomicInteger nextTokenId = new AtomicInteger();
    private final Map<Integer, Postings> byDate = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> bySound = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> byDeletion = new ConcurrentHashMap<>();
    private final NavigableSet<String> vocabulary = new ConcurrentSkipListSet<>();
    private final Map<String, AtomicInteger> sharing = new ConcurrentHashMap<>();
    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final ChangeFeed feed;
    private final java.util.concurrent.locks.ReentrantLock looking = new java.util.concurrent.locks.ReentrantLock();
    private final java.util.concurrent.atomic.AtomicLong looksBegun = new java.util.concurrent.atomic.AtomicLong();
    private volatile long looksDone;

    NameIndex(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.feed = new ChangeFeed(clock);
    }

    /**
     * Reads every person once the application is ready, in the background, so the first user's search does not
     * wait for it (a search that comes sooner waits for the reading to finish, then goes on).
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread warmUp = new Thread(
                () -> {
                    try {
                        catchUp();
                    } catch (RuntimeException e) {
                        log.warn("Name index not warmed up; the first search will read it: {}", e.getMessage());
                    }
                },
                "name-index-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /**
     * Brings the index up to date with committed changes. One small query when nothing changed, run concurrently
     * by every search; only a search that finds something newer takes the lock and reads the changes. Versions
     * skipped by transactions still running are looked for again at most once a second.
     */
    void catchUp() {
        // A look that began after this search did sees every change committed before it: concurrent searches share
        // one such look instead of each asking PostgreSQL (8 searches at once, one query rather than eight).
        long needed = looksBegun.get() + 1;
        looking.lock();
        try {
            if (looksDone >= needed) {
                return;
            }
            long mine = looksBegun.incrementAndGet();
            long newest = jdbc.sql("SELECT coalesce(max(index_version), 0) FROM person")
                    .query(Long.class)
                    .single();
            if (feed.due(newest)) {
                read();
            }
            looksDone = mine;
        } finally {
            looking.unlock();
        }
    }

    private synchronized void read() {
        long since = feed.since();
        String gapList = feed.gapArray();
        Set<Long> seen = new HashSet<>();
        jdbc.sql("SELECT p.id, coalesce(p.merged_into, p.id) AS kept, p.search_tokens, p.date_of_birth,"
                        + " p.date_of_birth_estimated, p.sex, coalesce(p.area_id, 0) AS area_id, p.index_version"
                        + DETAIL_COLUMNS
                        + " FROM person p WHERE p.index_version > :since OR p.index_version = ANY(:gaps::bigint[])"
                        + " ORDER BY p.index_version")
                .param("since", since)
                .param("gaps", gapList)
                .query(rs -> {
                    Array tokens = rs.getArray("search_tokens");
                    Date dob = rs.getDate("date_of_birth");
                    Map<Detail, String> details = details(rs);
                    put(new Entry(
                            rs.getLong("id"),
                            rs.getLong("kept"),
                            (String[]) tokens.getArray(),
                            dob == null
                                    ? Entry.NO_DATE
                                    : (int) dob.toLocalDate().toEpochDay(),
                            rs.getBoolean("date_of_birth_estimated"),
                            (byte) Sex.valueOf(rs.getString("sex")).ordinal(),
                            rs.getLong("area_id"),
                            shared(details.getOrDefault(Detail.POSTCODE, "")),
                            shared(details.getOrDefault(Detail.SCHOOL, "")),
                            shared(details.getOrDefault(Detail.PARENT_NAME, "")),
                            Entry.UNNUMBERED));
                    seen.add(rs.getLong("index_version"));
                });
        feed.saw(since, seen);
    }

    /** One copy of each postcode, school name and parents' names, however many people hold it. */
    private String shared(String value) {
        return value.isEmpty() ? "" : values.computeIfAbsent(value, v -> v);
    }

    /** The person in this slot, or null. */
    Entry atSlot(int slot) {
        Entry[] all = entries;
        return slot < all.length ? all[slot] : null;
    }

    /** How many slots have been given: every slot in a posting list is below it. */
    int slots() {
        return slotOf.size();
    }

    /** The index's number for this token, or -1 when no one holds it. */
    int tokenId(String token) {
        return tokenIds.getOrDefault(token, -1);
    }

    /** The slots of everyone with this token (possibly including people who since lost it: check the entry). */
    Slice withToken(String token) {
        Postings p = byToken.get(token);
        return p == null ? Slice.EMPTY : p.slice();
    }

    Slice bornOn(LocalDate date) {
        Postings p = byDate.get((int) date.toEpochDay());
        return p == null ? Slice.EMPTY : p.slice();
    }

    /**
     * How many people (merged records aside) hold, for every searched word, one of the names it may stand for ({@code
     * words}: each word's tokens, as {@link #expand} gives them), so that a slip or a nickname in a name typed with no
     * date still counts the namesakes it could mean. The rarest word's holders are narrowed by each other word's
     * ({@link SlotLists}), and each person left is counted once.
     */
    int holdingAll(java.util.List<Set<String>> words) {
        if (words.isEmpty() || words.stream().anyMatch(Set::isEmpty)) {
            return 0;
        }
        java.util.List<java.util.List<Slice>> byRarity = words.stream()
                .sorted(java.util.Comparator.comparingLong(
                        w -> w.stream().mapToLong(this::count).sum()))
                .map(w -> w.stream().map(this::withToken).toList())
                .toList();
        // The holders of the rarest word, narrowed by each other word's holders in turn (each list ascending).
        Slice holding = ascending(SlotLists.inAny(byRarity.get(0)));
        for (int w = 1; w < byRarity.size() && holding.size() > 0; w++) {
            holding = ascending(SlotLists.inBoth(java.util.List.of(holding), byRarity.get(w), slots()));
        }
        int count = 0;
        for (int k = 0; k < holding.size(); k++) {
            Entry entry = atSlot(holding.ids()[k]);
            if (entry == null || entry.keptId() != entry.id()) {
                continue;
            }
            java.util.List<String> held = java.util.Arrays.asList(entry.tokens());
            // A posting list may still name someone who has since lost the name: their entry is the record.
            if (words.stream().allMatch(w -> w.stream().anyMatch(held::contains))) {
                count++;
            }
        }
        return count;
    }

    private static Slice ascending(Slice slice) {
        int[] sorted = java.util.Arrays.copyOf(slice.ids(), slice.size());
        java.util.Arrays.sort(sorted);
        return new Slice(sorted, sorted.length);
    }

    int count(String token) {
        Postings p = byToken.get(token);
        return p == null ? 0 : p.size();
    }

    /** The vocabulary tokens a word may stand for: see {@link NameExpansion} for the same rules in SQL. */
    Set<String> expand(String word, boolean partial, boolean loose) {
        Set<String> tokens = new LinkedHashSet<>(NameVariants.standard().variantsOf(word));
        tokens.add(word);
        for (String key : TypoKeys.of(word)) {
            tokens.addAll(byDeletion.getOrDefault(key, Set.of()));
        }
        if (partial && !vocabulary.contains(word)) {
            vocabulary.subSet(word, true, word + Character.MAX_VALUE, false).stream()
                    .limit(NameExpansion.PREFIX_LIMIT)
                    .forEach(tokens::add);
        }
        if (loose) {
            for (String sound : SoundKeys.of(word)) {
                for (String token : bySound.getOrDefault(sound, Set.of())) {
                    if (FirstLetters.compatible(word, token)) {
                        tokens.add(token);
                    }
                }
            }
        }
        tokens.retainAll(byToken.keySet());
        return tokens;
    }

    int size() {
        return slotOf.size();
    }

    @Override
    public int population() {
        return Math.max(1, slotOf.size());
    }

    @Override
    public int holders(String token) {
        return count(token);
    }

    /**
     * Everyone holding a vocabulary word that shares a one-deletion key with this word: the names a slip could have
     * come from (a few two-edit neighbours included, which only makes the slip count for less).
     */
    @Override
    public OptionalInt holdingSlipsOf(String word) {
        Set<String> near = new java.util.HashSet<>();
        for (String key : TypoKeys.of(word)) {
            near.addAll(byDeletion.getOrDefault(key, Set.of()));
        }
        near.remove(word);
        return OptionalInt.of(near.stream().mapToInt(this::count).sum());
    }

    @Override
    public int bornThatDay(LocalDate date) {
        Postings p = byDate.get((int) date.toEpochDay());
        return p == null ? 0 : p.size();
    }

    /**
     * How many people have this sex, live in this area or postcode, attend this school or have a parent or carer of
     * this name: for weighing agreement.
     */
    @Override
    public OptionalInt sharing(Detail detail, String value) {
        AtomicInteger count = sharing.get(detail + ":" + value);
        return count == null ? OptionalInt.empty() : OptionalInt.of(count.get());
    }

    private void count(Entry entry, int delta) {
        entry.details()
                .forEach((detail, held) -> detail.held(held)
                        .forEach(value -> sharing.computeIfAbsent(detail + ":" + value, k -> new AtomicInteger())
                                .addAndGet(delta)));
    }

    /**
     * Adds or replaces one person as read from the table. Package-private so that a benchmark can fill the index
     * with a generated population without the database; Haven itself only reads through {@link #catchUp}.
     */
    void put(Entry read) {
        Integer known = slotOf.get(read.id());
        int slot = known == null ? slotOf.size() : known;
        Entry old = known == null ? null : entries[slot];
        int[] ids = new int[read.tokens().length];
        for (int t = 0; t < ids.length; t++) {
            ids[t] = tokenIds.computeIfAbsent(read.tokens()[t], k -> nextTokenId.getAndIncrement());
        }
        Entry entry = read.numbered(ids);
        if (slot >= entries.length) {
            entries = java.util.Arrays.copyOf(entries, entries.length * 2);
        }
        entries[slot] = entry;
        slotOf.put(entry.id(), slot);
        if (old != null) {
            count(old, -1);
        }
        count(entry, 1);
        Set<String> had = old == null ? Set.of() : Set.copyOf(java.util.Arrays.asList(old.tokens()));
        for (String token : entry.tokens()) {
            if (had.contains(token)) {
                continue;
            }
            byToken.computeIfAbsent(token, t -> {
                        vocabulary.add(t);
                        for (String sound : SoundKeys.of(t)) {
                            bySound.computeIfAbsent(sound, s -> ConcurrentHashMap.newKeySet())
                                    .add(t);
                        }
                        for (String key : TypoKeys.of(t)) {
                            byDeletion
                                    .computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
                                    .add(t);
                        }
                        return new Postings();
                    })
                    .add(slot);
        }
        if (entry.epochDay() != Entry.NO_DATE && (old == null || old.epochDay() != entry.epochDay())) {
            byDate.computeIfAbsent(entry.epochDay(), d -> new Postings()).add(slot);
        }
    }

    /**
     * The people holding one token or date, by slot in ascending order, so that two lists intersect in one pass: a
     * growable array, changed under a lock and read without one through an immutable {@link Slice} (a slot is written
     * before the slice that shows it is published; a slot out of order, a record renamed to a name it did not hold,
     * goes into a copy). Slots are never removed; readers check the person's current entry, so a changed name or
     * date simply stops matching.
     */
    static final class Postings {
        private volatile Slice current = new Slice(new int[4], 0);

        synchronized void add(int id) {
            Slice slice = current;
            int[] ids = slice.ids();
            int size = slice.size();
            if (size == 0 || ids[size - 1] < id) {
                if (size == ids.length) {
                    ids = java.util.Arrays.copyOf(ids, ids.length * 2);
                }
                ids[size] = id;
                current = new Slice(ids, size + 1);
                return;
            }
            int at = java.util.Arrays.binarySearch(ids, 0, size, id);
            if (at >= 0) {
                return;
            }
            int insertion = -at - 1;
            int[] copy = new int[Math.max(ids.length, size + 1)];
            System.arraycopy(ids, 0, copy, 0, insertion);
            copy[insertion] = id;
            System.arraycopy(ids, insertion, copy, insertion + 1, size - insertion);
            current = new Slice(copy, size + 1);
        }

        Slice slice() {
            return current;
        }

        int size() {
            return current.size();
        }
    }

    /** The first {@code size} slots of a posting list, ascending, as of one moment. */
    record Slice(int[] ids, int size) {
        static final Slice EMPTY = new Slice(new int[0], 0);
    }
}
