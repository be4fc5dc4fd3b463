-- Issue 16: groups are retired, never deleted; a meeting's invitees may name people; an item added by hand may be
-- about a person of concern or a place from the intelligence network.

ALTER TABLE meeting_group
    ADD COLUMN retired_at timestamptz,
    ADD COLUMN retired_by bigint REFERENCES user_account (id),
    ADD CHECK ((retired_at IS NULL) = (retired_by IS NULL));
COMMENT ON COLUMN meeting_group.retired_at IS
    'When the group was retired: it keeps its meetings, minutes and actions, arranges no new meetings and is never deleted.';

CREATE TABLE meeting_invitee (
    meeting_id  bigint NOT NULL REFERENCES meeting (id),
    user_id     bigint NOT NULL REFERENCES user_account (id),
    PRIMARY KEY (meeting_id, user_id)
);
COMMENT ON TABLE meeting_invitee IS
    'The people named as invited to a meeting (their agency is invited through meeting_attendance); changed only before the meeting is held.';

ALTER TABLE agenda_item
    ADD COLUMN entity_id bigint REFERENCES intel_entity (id),
    ADD CONSTRAINT agenda_item_entity_kind CHECK (entity_id IS NULL OR kind IN ('PLACE', 'PERSON'));
COMMENT ON COLUMN agenda_item.entity_id IS
    'Sensitive: the person of concern or place in the intelligence network an item added by hand is about; shown only to readers who may see that entity there.';
CREATE INDEX agenda_item_entity_idx ON agenda_item (entity_id) WHERE entity_id IS NOT NULL;
