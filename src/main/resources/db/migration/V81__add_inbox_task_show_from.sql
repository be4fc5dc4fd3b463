-- A reminder can wait out of sight until shortly before it is due (a review in twelve weeks need not sit in the
-- inbox today). Visibility is judged against the clock when the inbox is read, like due and overdue, so a
-- reminder that comes into view while Haven is down is there when it is back.
ALTER TABLE inbox_task ADD COLUMN show_from date;
COMMENT ON COLUMN inbox_task.show_from IS 'The first day the task shows in the inbox; empty means from when it was raised.';
