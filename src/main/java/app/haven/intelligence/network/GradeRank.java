package app.haven.intelligence.network;

/**
 * A 3x5x2 source and assessment packed into one small number for the network index: 0 ungraded (a link resting on an
 * episode or a disclosure), otherwise {@code (source - 1) * 5 + assessment + 1}, so 1A is 1 and 3E is 15. A minimum
 * grading such as "2B or better" passes a link whose source is at most 2 and whose assessment is at most B.
 */
public final class GradeRank {

    public static final int UNGRADED = 0;

    private GradeRank() {}

    /** Source 1–3 and assessment 0 (A) to 4 (E). */
    public static int of(int source, int assessment) {
        return (source - 1) * 5 + assessment + 1;
    }

    /**
     * A legacy 5x5x5 grade in 3x5x2 terms, for filtering only (the report keeps its own grade): source A and B read as
     * 1, C and E (untested) as 2, D as 3; intelligence 1 and 2 as A, 3 as B, 4 as D, 5 as E.
     */
    public static int ofLegacy(char source, int intelligence) {
        int s = switch (source) {
            case 'A', 'B' -> 1;
            case 'C', 'E' -> 2;
            default -> 3;
        };
        int a = switch (intelligence) {
            case 1, 2 -> 0;
            case 3 -> 1;
            case 4 -> 3;
            default -> 4;
        };
        return of(s, a);
    }

    /** Whether a link of this rank meets a minimum of source and assessment ({@code minimum} itself a rank). */
    public static boolean meets(int rank, int minimum) {
        if (minimum == UNGRADED) {
            return true;
        }
        if (rank == UNGRADED) {
            return false;
        }
        return source(rank) <= source(minimum) && assessment(rank) <= assessment(minimum);
    }

    public static int source(int rank) {
        return (rank - 1) / 5 + 1;
    }

    public static int assessment(int rank) {
        return (rank - 1) % 5;
    }

    /** "2B" for a rank, "ungraded" for 0. */
    public static String label(int rank) {
        return rank == UNGRADED ? "ungraded" : source(rank) + String.valueOf((char) ('A' + assessment(rank)));
    }
}
