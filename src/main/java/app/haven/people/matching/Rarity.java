package app.haven.people.matching;

import java.time.LocalDate;
import java.util.Map;

/**
 * How many people in the population hold a value: a name word, a date of birth, a sex, an area, a postcode. Sharing
 * a value that few hold is strong evidence two records are one person; sharing one that thousands hold is weak (the
 * term-frequency adjustment of Fellegi–Sunter record linkage). {@code NameIndex} answers from memory; tests build a
 * small population by hand.
 */
public interface Rarity {

    /** How many people there are to be confused with; at least one. */
    int population();

    /** How many people have this normalised word in any of their names. */
    int holders(String token);

    /** How many people were born on this date. */
    int bornThatDay(LocalDate date);

    /** How many people share this detail (the value as {@link Detail#normalise} gives it), or empty when not counted. */
    default java.util.OptionalInt sharing(Detail detail, String value) {
        return java.util.OptionalInt.empty();
    }

    /**
     * How many people hold a name within one typing slip of this word (the word itself not counted), when the
     * population counts them: a slip that is no one's name stands for one of these names, and sharing it is worth as
     * much as that neighbourhood is rare. Empty when not counted.
     */
    default java.util.OptionalInt holdingSlipsOf(String word) {
        return java.util.OptionalInt.empty();
    }

    /** A population counted by hand: word and date counts, everything else typical. For tests and tools. */
    static Rarity of(int population, Map<String, Integer> holders, Map<LocalDate, Integer> births) {
        return new Rarity() {
            @Override
            public int population() {
                return Math.max(1, population);
            }

            @Override
            public int holders(String token) {
                return holders.getOrDefault(token, 0);
            }

            @Override
            public int bornThatDay(LocalDate date) {
                return births.getOrDefault(date, 0);
            }

            @Override
            public java.util.OptionalInt holdingSlipsOf(String word) {
                return java.util.OptionalInt.of(holders.entrySet().stream()
                        .filter(e -> !e.getKey().equals(word) && NameMatch.isTypo(word, e.getKey()))
                        .mapToInt(Map.Entry::getValue)
                        .sum());
            }
        };
    }
}
