-- Missing episodes follow a merge of child records (issue 14): an episode recorded under a record that is merged into
-- another counts under the kept record, so the register's counts, the coordinator's view, the repeat-missing check
-- and the database's own rules (no overlap, one open episode) all see one child. Undoing the merge moves it back.
ALTER TABLE missing_episode ADD COLUMN merged_from_child_id bigint REFERENCES person (id);
COMMENT ON COLUMN missing_episode.merged_from_child_id IS
    'The record the episode was recorded under, while that record is merged into child_id (empty otherwise): undoing the merge moves the episode back to it.';
CREATE INDEX missing_episode_merged_from_idx ON missing_episode (merged_from_child_id)
    WHERE merged_from_child_id IS NOT NULL;

-- Episodes of records merged before this migration move to the kept record, one at a time: an episode that would
-- overlap one already there stays where it was (the statutory return names such overlaps for correction).
DO $$
DECLARE
    moving record;
BEGIN
    FOR moving IN
        SELECT e.id, p.merged_into FROM missing_episode e JOIN person p ON p.id = e.child_id
         WHERE p.merged_into IS NOT NULL ORDER BY e.id
    LOOP
        BEGIN
            UPDATE missing_episode SET merged_from_child_id = child_id, child_id = moving.merged_into
             WHERE id = moving.id;
        EXCEPTION WHEN exclusion_violation OR unique_violation THEN
            NULL;
        END;
    END LOOP;
END $$;
