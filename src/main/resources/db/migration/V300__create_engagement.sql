-- Engagement (engagement module): the strategy's first three priorities outside casework. Awareness resources
-- published to Haven's public pages, the public "top 10 things you need to know", and concerns reported by the
-- public, triaged by police and CSE coordinators into intelligence or closed with a reason. ADR 0017.

INSERT INTO permission (code, description) VALUES
    ('EDIT_RESOURCES', 'Write awareness resources and the top 10 page; publish and withdraw them'),
    ('TRIAGE_CONCERNS', 'Triage concerns reported by the public: turn one into intelligence or close it with a reason'),
    ('RECORD_ENGAGEMENT', 'Record training, preventive events, services, feedback surveys and survivor consultations');
INSERT INTO role_permission (role_code, permission_code) VALUES
    ('CSE_COORDINATOR', 'EDIT_RESOURCES'),
    ('CSE_COORDINATOR', 'TRIAGE_CONCERNS'),
    ('CSE_COORDINATOR', 'RECORD_ENGAGEMENT'),
    ('POLICE_INVESTIGATOR', 'TRIAGE_CONCERNS'),
    ('SAFEGUARDING_LEAD', 'RECORD_ENGAGEMENT');

CREATE TABLE engagement_resource (
    id            bigserial   PRIMARY KEY,
    area_id       bigint      NOT NULL REFERENCES area (id),
    kind          text        NOT NULL CHECK (kind IN ('LEAFLET', 'GUIDE', 'VIDEO', 'LESSON_PLAN')),
    title         text        NOT NULL CHECK (length(title) BETWEEN 1 AND 150),
    summary       text        NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
    link_url      text        CHECK (link_url ~ '^https://' AND length(link_url) <= 500),
    campaign      text        CHECK (length(campaign) <= 100),
    co_produced   boolean     NOT NULL DEFAULT false,
    review_on     date        NOT NULL,
    status        text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    file_key      text        UNIQUE CHECK (file_key ~ '^[0-9a-f-]{36}$'),
    file_name     text        CHECK (length(file_name) <= 200),
    file_type     text        CHECK (file_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    file_size     integer     CHECK (file_size > 0),
    created_by    bigint      NOT NULL REFERENCES user_account (id),
    created_at    timestamptz NOT NULL,
    published_at  timestamptz,
    withdrawn_at  timestamptz,
    version       integer     NOT NULL DEFAULT 0
);
COMMENT ON TABLE engagement_resource IS
    'An awareness resource (leaflet, guide, video link, lesson plan) an area''s editors write; only published ones appear on the public pages. Draft -> published -> withdrawn.';
COMMENT ON COLUMN engagement_resource.file_key IS
    'The name of the uploaded file in the resources directory outside the web root (a random UUID, never the name the uploader gave).';
CREATE INDEX engagement_resource_published ON engagement_resource (status, published_at DESC);

CREATE TABLE engagement_resource_audience (
    resource_id bigint NOT NULL REFERENCES engagement_resource (id),
    audience    text   NOT NULL CHECK (audience IN ('PROFESSIONALS', 'PARENTS_CARERS', 'CHILDREN_9_11', 'YOUNG_PEOPLE_12_17', 'COMMUNITIES')),
    PRIMARY KEY (resource_id, audience)
);
COMMENT ON TABLE engagement_resource_audience IS 'Who a resource is written for.';

CREATE TABLE engagement_resource_topic (
    resource_id bigint NOT NULL REFERENCES engagement_resource (id),
    topic       text   NOT NULL CHECK (topic IN ('SIGNS_OF_CSE', 'CSE_VS_CSA', 'ONLINE_SAFETY', 'HEALTHY_RELATIONSHIPS', 'CONSENT', 'HOW_TO_REPORT')),
    PRIMARY KEY (resource_id, topic)
);
COMMENT ON TABLE engagement_resource_topic IS 'What a resource is about.';

CREATE TABLE engagement_resource_view (
    resource_id bigint  NOT NULL REFERENCES engagement_resource (id),
    viewed_on   date    NOT NULL,
    views       integer NOT NULL CHECK (views > 0),
    PRIMARY KEY (resource_id, viewed_on)
);
COMMENT ON TABLE engagement_resource_view IS
    'How many times a published resource was opened on the public pages, per day (Europe/London). Nothing about the visitor is kept.';

CREATE TABLE engagement_top_ten (
    position    integer     PRIMARY KEY CHECK (position BETWEEN 1 AND 10),
    heading     text        NOT NULL CHECK (length(heading) BETWEEN 1 AND 120),
    body        text        NOT NULL CHECK (length(body) BETWEEN 1 AND 1500),
    updated_by  bigint      REFERENCES user_account (id),
    updated_at  timestamptz NOT NULL
);
COMMENT ON TABLE engagement_top_ten IS
    'The public "top 10 things you need to know" page, edited in Haven by resource editors (informed by debrief themes).';

CREATE TABLE engagement_top_ten_version (
    id       boolean PRIMARY KEY DEFAULT true CHECK (id),
    version  integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE engagement_top_ten_version IS 'The top 10 page''s version, so a stale edit is shown as a conflict.';
INSERT INTO engagement_top_ten_version DEFAULT VALUES;

CREATE TABLE community_concern (
    id              bigserial   PRIMARY KEY,
    area_id         bigint      NOT NULL REFERENCES area (id),
    what_happened   text        NOT NULL CHECK (length(what_happened) BETWEEN 1 AND 5000),
    where_text      text        NOT NULL CHECK (length(where_text) BETWEEN 1 AND 500),
    when_text       text        NOT NULL CHECK (length(when_text) BETWEEN 1 AND 200),
    who_text        text        CHECK (length(who_text) <= 2000),
    contact         text        CHECK (length(contact) <= 300),
    received_at     timestamptz NOT NULL,
    status          text        NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'INTELLIGENCE', 'CLOSED')),
    intel_report_id bigint,
    closed_reason   text        CHECK (closed_reason IN ('NOT_CSE', 'DUPLICATE', 'NOT_ENOUGH_DETAIL', 'PASSED_TO_OTHER_SERVICE', 'MALICIOUS')),
    closed_note     text        CHECK (length(closed_note) <= 1000),
    triaged_by      bigint      REFERENCES user_account (id),
    triaged_at      timestamptz,
    version         integer     NOT NULL DEFAULT 0,
    CHECK (status = 'NEW' OR triaged_at IS NOT NULL),
    CHECK ((status = 'INTELLIGENCE') = (intel_report_id IS NOT NULL)),
    CHECK ((status = 'CLOSED') = (closed_reason IS NOT NULL))
);
COMMENT ON TABLE community_concern IS
    'A concern reported on the public form (anonymous allowed), waiting in the area''s triage queue until police or a CSE coordinator turn it into an intelligence report or close it with a reason. No address of the sender is kept.';
COMMENT ON COLUMN community_concern.what_happened IS 'What the member of the public saw or heard, as typed (may name people).';
COMMENT ON COLUMN community_concern.who_text IS 'Who was involved, as typed (may name children and adults).';
COMMENT ON COLUMN community_concern.contact IS 'How to contact the sender, if they chose to give it.';
CREATE INDEX community_concern_queue ON community_concern (area_id, status, received_at);
