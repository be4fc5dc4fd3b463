CREATE TABLE demo_data_run (
    id          integer     PRIMARY KEY CHECK (id = 1),
    scale       integer     NOT NULL CHECK (scale >= 1),
    created_at  timestamptz NOT NULL
);
COMMENT ON TABLE demo_data_run IS
    'Marks that fictional demo data was generated into this database (one row at most), so a restart never generates it twice.';
