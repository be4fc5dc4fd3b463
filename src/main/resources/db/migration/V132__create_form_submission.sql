-- One submission per form (issue 11): every POST form carries a fresh random token; the first request to bring it
-- claims the row, and a repeat (a double click, a retry, four tabs racing) gets the first one's answer.
CREATE TABLE form_submission (
    token        uuid        PRIMARY KEY,
    user_id      bigint,
    claimed_at   timestamptz NOT NULL,
    redirect_to  text        CHECK (length(redirect_to) <= 2000)
);
COMMENT ON TABLE form_submission IS
    'Submitted forms'' one-time tokens, kept for a day: who sent it, when, and where the first submission was redirected (a path on this site), so a repeat is answered with the same redirect and changes nothing.';
COMMENT ON COLUMN form_submission.redirect_to IS 'The path and query the first submission was redirected to; ids only, never personal data.';
CREATE INDEX form_submission_claimed_idx ON form_submission (claimed_at);
