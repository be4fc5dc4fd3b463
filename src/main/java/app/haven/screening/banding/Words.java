package app.haven.screening.banding;

/** Counts in words as a reader expects them: "1 point", "2 points", never "1 points". */
public final class Words {

    private Words() {}

    public static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
