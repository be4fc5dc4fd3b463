-- The SSDA903 missing table (issue 14's speed target: 400,000 episodes within 10 seconds, ADR 0011) is read in child
-- order, twice (the rules are checked before anything is sent, then the CSV is written). Sorting a year's 280,000
-- eligible episodes by child on each pass, after joining every one to its person, was most of the export's time. This
-- index holds the eligible episodes in child order with every column the rows are chosen and checked with, so each
-- pass reads it alone, merged with person in id order, and needs no sort (one pass of a 2026-27 return in the
-- benchmark's data: 2.2-2.3 s before, 0.4-0.5 s after, on the same loaded machine).
CREATE INDEX missing_episode_return_child_idx ON missing_episode (child_id, started_at, id)
    INCLUDE (area_id, category, ended_at)
    WHERE looked_after AND category <> 'ABSENT';
