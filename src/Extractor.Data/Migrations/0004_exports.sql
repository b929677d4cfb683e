-- Scheduled exports: each run writes the rows changed after cursor to folder, then moves cursor on.
CREATE TABLE scheduled_exports (
    id {id},
    name TEXT NOT NULL UNIQUE,
    format TEXT NOT NULL,
    kind TEXT,
    folder TEXT NOT NULL,
    cron TEXT NOT NULL,
    cursor BIGINT NOT NULL DEFAULT 0,
    last_run_at {timestamp},
    last_file TEXT,
    last_count INTEGER,
    created_at {timestamp} NOT NULL
);
