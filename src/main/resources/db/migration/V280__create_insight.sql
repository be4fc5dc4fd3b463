-- The partnership's measures (insight module): disclosure control settings, and the strategy's baseline figures
-- entered with their source (domain reference section 10). Haven's own figures are always counted from the records;
-- a baseline stands beside them and never replaces one.

INSERT INTO permission (code, description) VALUES
    ('MANAGE_BASELINES', 'Enter and correct the strategy''s baseline figures, each with its source');
INSERT INTO role_permission (role_code, permission_code) VALUES
    ('PARTNERSHIP_ANALYST', 'MANAGE_BASELINES'),
    ('SYSTEM_ADMINISTRATOR', 'MANAGE_BASELINES'),
    ('TEAM_MANAGER', 'VIEW_AGGREGATES');

CREATE TABLE insight_setting (
    id                 boolean PRIMARY KEY DEFAULT true CHECK (id),
    suppress_up_to     integer NOT NULL DEFAULT 5 CHECK (suppress_up_to BETWEEN 0 AND 20),
    round_totals_to    integer NOT NULL DEFAULT 10 CHECK (round_totals_to IN (1, 5, 10, 100)),
    figures_keep_minutes integer NOT NULL DEFAULT 10 CHECK (figures_keep_minutes BETWEEN 1 AND 1440),
    dataset_salt       text    NOT NULL DEFAULT gen_random_uuid()::text,
    version            integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE insight_setting IS
    'The partnership''s disclosure control (counts from 1 to suppress_up_to shown as "c", totals rounded to the nearest round_totals_to: official statistics use 5 and 10) and how long counted figures are kept before they are counted again (shown as "figures as at").';
COMMENT ON COLUMN insight_setting.dataset_salt IS
    'Sensitive: the secret that turns a child''s id into the partnership dataset''s pseudonymous reference, so rows of one child link across exports without naming the child.';
INSERT INTO insight_setting DEFAULT VALUES;

CREATE TABLE insight_baseline (
    id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    measure_code   text         NOT NULL CHECK (measure_code ~ '^[a-z]+\.[a-z0-9.-]+$'),
    category       text         NOT NULL DEFAULT '' CHECK (length(category) <= 120),
    area_id        bigint       REFERENCES area (id),
    period_code    text         NOT NULL CHECK (period_code ~ '^[0-9]{4}-[0-9]{2}(-q[1-4])?$'),
    count          bigint       CHECK (count >= 0),
    share_percent  numeric(4, 1) CHECK (share_percent BETWEEN 0 AND 100),
    source         text         NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
    entered_by     bigint       REFERENCES user_account (id),
    entered_at     timestamptz  NOT NULL,
    version        integer      NOT NULL DEFAULT 0,
    CHECK ((count IS NULL) <> (share_percent IS NULL))
);
COMMENT ON TABLE insight_baseline IS
    'A figure from before Haven (or from outside it) that a measure is compared against: a count, or a share as a percentage, for the whole partnership (area_id empty) or one area, for a financial year or quarter, always with its source. Entered on the baselines page; never added to or typed over Haven''s own counts.';
CREATE UNIQUE INDEX insight_baseline_one_idx
    ON insight_baseline (measure_code, category, coalesce(area_id, 0), period_code);

-- The strategy's own figures (Pan Cheshire CSE Strategy 2017-2020), for the whole partnership.
INSERT INTO insight_baseline (measure_code, category, period_code, count, share_percent, source, entered_at) VALUES
    ('cases.children-new', '', '2012-13', 158, NULL,
     'Pan Cheshire CSE Strategy 2017-2020: children identified at risk of or experiencing CSE in 2012/13', now()),
    ('cases.children-new', '', '2016-17', 499, NULL,
     'Pan Cheshire CSE Strategy 2017-2020: children identified at risk of or experiencing CSE in 2016/17', now()),
    ('referrals.commissioned', '', '2016-17', 93, NULL,
     'Pan Cheshire CSE Strategy 2017-2020: referrals to the commissioned service in 2016/17', now()),
    ('referrals.closure-outcome', 'Risk reduced', '2016-17', NULL, 95.0,
     'Pan Cheshire CSE Strategy 2017-2020: young people in direct work whose risk had reduced at closure', now()),
    ('referrals.disclosures', '', '2016-17', 19, NULL,
     'Pan Cheshire CSE Strategy 2017-2020: disclosures made during support, leading to police action', now());
