-- The coordinator's view of the last 90 days' episodes in interview-due order reads episodes with an interview due
-- from the index of due times, starting at the window's start (ADR 0011): it relies on an interview falling due after
-- the episode started (it falls due a set number of hours after the return, and the return is not before the start).
-- This check makes that a rule of the table rather than an assumption of the query.
ALTER TABLE missing_episode ADD CONSTRAINT missing_episode_interview_due_after_start
    CHECK (interview_due_at IS NULL OR interview_due_at >= started_at);

-- An area's episodes of one category (missing, absent, away), newest first: the view's category filter read in order
-- from its own range rather than by checking each of the area's episodes for one rarely recorded category.
CREATE INDEX missing_episode_area_category_idx ON missing_episode (area_id, category, started_at DESC, id DESC);
