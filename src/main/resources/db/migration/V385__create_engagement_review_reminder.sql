-- Review-date reminders for published resources (engagement module, ADR 0017): when a resource is published, each
-- editor of its area is given an inbox task due on its review date. Who was told is kept here, so that withdrawing
-- the resource (or a new review date) closes or moves exactly those tasks, even for an editor who has since left the
-- area.
CREATE TABLE engagement_review_reminder (
    resource_id bigint NOT NULL REFERENCES engagement_resource (id),
    user_id     bigint NOT NULL REFERENCES user_account (id),
    PRIMARY KEY (resource_id, user_id)
);
COMMENT ON TABLE engagement_review_reminder IS
    'The editors given an inbox task to review a published resource by its review date (the task''s key is resource-review:<resource>:<user>).';
