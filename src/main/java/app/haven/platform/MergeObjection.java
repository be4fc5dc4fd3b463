package app.haven.platform;

import java.util.List;
import java.util.Optional;

/**
 * A module that holds something a child may have only one of (an open case on the register) says why two records
 * cannot be merged yet. People asks every module before merging and refuses with the first objection, in words for
 * the user; it never learns which module objected.
 */
public interface MergeObjection {

    /**
     * Why the records cannot be merged now, or empty.
     *
     * @param keptRecords the record kept and every record already merged into it
     * @param mergedRecords the record to merge and every record already merged into it
     */
    Optional<String> objection(List<Long> keptRecords, List<Long> mergedRecords);
}
