-- The action tracker's "all" view lists every action in the reader's areas, latest due first, 200 at a time: this
-- index is walked backwards in that order and stops at the page's end instead of sorting every action ever set.
CREATE INDEX meeting_action_due_all_idx ON meeting_action (due_on, id);
