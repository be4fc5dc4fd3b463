-- The inbox (work module): tasks raised by every module's events, due and overdue by the clock when read.
CREATE TABLE inbox_task (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_key      text        NOT NULL UNIQUE CHECK (length(source_key) BETWEEN 1 AND 200),
    title           text        NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    child_id        bigint,
    for_user        bigint      REFERENCES user_account (id),
    for_permission  text        REFERENCES permission (code),
    due_on          date        NOT NULL,
    link            text        NOT NULL CHECK (link ~ '^/[A-Za-z0-9/_-]*$'),
    raised_at       timestamptz NOT NULL,
    done_at         timestamptz,
    done_by         bigint      REFERENCES user_account (id),
    CHECK ((for_user IS NULL) <> (for_permission IS NULL)),
    CHECK (for_permission IS NULL OR child_id IS NOT NULL)
);
COMMENT ON TABLE inbox_task IS
    'Something a user (or anyone with a permission who may open the child) must do by a date. Stored when raised, so downtime never loses a reminder.';
COMMENT ON COLUMN inbox_task.title IS 'May name a band or action; never a child''s name (shown from the record when allowed).';
CREATE INDEX inbox_task_user_idx ON inbox_task (for_user, due_on) WHERE done_at IS NULL;
CREATE INDEX inbox_task_permission_idx ON inbox_task (for_permission, due_on) WHERE done_at IS NULL;
