-- The partnership's measures, counted once and kept current (issue 19, ADR 0016). Each module's measure source
-- (platform.SqlMeasureSource) counts a measure for a period with one query over its own tables and keeps the result
-- in measure_count. Triggers on the module's tables note, in the writing transaction, which months a write touched
-- (measure_change); a kept count whose months have changed since it was counted is counted again before it is shown.
-- So every figure equals a recount of the records as they are, and a period nobody has written to is never counted
-- twice. A month is numbered year * 12 + month - 1; dates before 2000 or after 2100 fold into the first or last month.

CREATE FUNCTION measure_month(day date) RETURNS integer IMMUTABLE LANGUAGE sql AS $$
    SELECT CASE WHEN day = '-infinity'::date THEN 24000
                WHEN day = 'infinity'::date THEN 25211
                ELSE greatest(24000, least(25211, extract(year FROM day)::integer * 12
                                                   + extract(month FROM day)::integer - 1)) END
$$;
COMMENT ON FUNCTION measure_month(date) IS
    'The month a day falls in as one number (year * 12 + month - 1), folded into January 2000 to December 2100.';

CREATE FUNCTION measure_day(at timestamptz) RETURNS date IMMUTABLE LANGUAGE sql AS $$
    SELECT CAST(at AT TIME ZONE 'Europe/London' AS date)
$$;
COMMENT ON FUNCTION measure_day(timestamptz) IS 'The day (Europe/London) a moment falls on, as measures date records.';

CREATE TABLE measure_change (
    id           bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source       text    NOT NULL CHECK (source ~ '^[a-z]+$'),
    first_month  integer NOT NULL,
    last_month   integer NOT NULL,
    CHECK (first_month <= last_month)
);
COMMENT ON TABLE measure_change IS
    'Appended by triggers in the transaction that writes a module''s measured records: the months (measure_month) whose counts the write may change. Folded into measure_month_version from time to time; never read by the insight module.';
CREATE INDEX measure_change_source_idx ON measure_change (source, first_month);

CREATE TABLE measure_month_version (
    source   text    NOT NULL CHECK (source ~ '^[a-z]+$'),
    month    integer NOT NULL,
    version  bigint  NOT NULL CHECK (version >= 0),
    PRIMARY KEY (source, month)
);
COMMENT ON TABLE measure_month_version IS
    'How many writes have touched a module''s measured records of each month, folded from measure_change. A period''s version is the sum over its months plus the unfolded changes overlapping it, weighted by the months they overlap, so folding never changes it.';

CREATE TABLE measure_count (
    measure_code     text        NOT NULL CHECK (measure_code ~ '^[a-z]+\.[a-z0-9.-]+$'),
    from_day         date        NOT NULL,
    to_day           date        NOT NULL,
    counted_version  bigint      NOT NULL,
    counted_at       timestamptz NOT NULL,
    area_ids         bigint[]    NOT NULL,
    categories       text[]      NOT NULL,
    counts           bigint[]    NOT NULL,
    PRIMARY KEY (measure_code, from_day, to_day),
    CHECK (from_day < to_day),
    CHECK (cardinality(area_ids) = cardinality(counts) AND cardinality(categories) = cardinality(counts))
);
COMMENT ON TABLE measure_count IS
    'A measure''s counts for one period as its module counted them (one entry per area and category: area_ids, categories and counts side by side; a null area counts what belongs to no single area), with the period''s version when counted. Aggregate figures only: no child, no record id.';

-- Called by the modules' triggers: notes that a write touched the records dated first_day to last_day (nothing when
-- the write touched no dated record).
CREATE FUNCTION measure_records_changed(source text, first_day date, last_day date) RETURNS void LANGUAGE sql AS $$
    INSERT INTO measure_change (source, first_month, last_month)
    SELECT source, measure_month(first_day), measure_month(greatest(first_day, last_day))
     WHERE first_day IS NOT NULL
$$;
COMMENT ON FUNCTION measure_records_changed(text, date, date) IS
    'Notes in measure_change that a write touched a module''s measured records dated first_day to last_day.';

-- For a table that names or sorts what measures count (labels, settings): any change may touch every period.
CREATE FUNCTION measure_reference_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM measure_records_changed(TG_ARGV[0], '-infinity'::date, 'infinity'::date);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION measure_reference_changed() IS
    'Statement trigger for reference tables a module''s measures read: every period of the source (TG_ARGV[0]) changed.';
