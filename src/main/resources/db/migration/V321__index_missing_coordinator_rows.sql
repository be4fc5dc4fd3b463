-- The missing coordinator's view (issue 14's speed targets, ADR 0011): its pages choose fifty episodes of an area in
-- start order (every recent episode, repeat missing, interviews overdue) and skip earlier pages with an offset. This
-- index holds every column the page's rows are chosen with, so choosing them, filtering by an interview's due time or
-- skipping 2,500 rows to page 50 reads the index alone instead of fetching each episode from the table (page 50 of an
-- area of 100,000 episodes: 2,344 buffers before, 31 after). It replaces the plain (area, start) index, whose every use
-- it serves.
CREATE INDEX missing_episode_area_rows_idx ON missing_episode (area_id, started_at DESC, id DESC)
    INCLUDE (child_id, category, ended_at, risk_grade, interview_due_at);
DROP INDEX missing_episode_area_idx;
