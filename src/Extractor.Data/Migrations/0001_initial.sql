-- Placeholders {id} {blob} {real} {bool} {timestamp} are expanded by SqlDialect.ExpandTypes.
CREATE TABLE sources (
    id {id},
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    location TEXT NOT NULL,
    cron TEXT,
    allow_private {bool} NOT NULL DEFAULT FALSE,
    enabled {bool} NOT NULL DEFAULT TRUE,
    last_run_at {timestamp},
    last_error TEXT,
    created_at {timestamp} NOT NULL
);

CREATE TABLE articles (
    id {id},
    source_id BIGINT NOT NULL REFERENCES sources (id),
    url TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    title TEXT,
    published TEXT,
    language TEXT,
    authors TEXT,
    text TEXT,
    raw {blob},
    state TEXT NOT NULL,
    failure_reason TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    etag TEXT,
    last_modified TEXT,
    duplicate_of BIGINT REFERENCES articles (id),
    pipeline_version TEXT,
    lease_holder TEXT,
    lease_until {timestamp},
    created_at {timestamp} NOT NULL,
    updated_at {timestamp} NOT NULL,
    extracted_at {timestamp}
);

CREATE INDEX ix_articles_state ON articles (state, lease_until);
CREATE INDEX ix_articles_source ON articles (source_id);

CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    admin1 TEXT,
    lat {real},
    lon {real},
    external_id TEXT,
    created_at {timestamp} NOT NULL,
    updated_at {timestamp} NOT NULL
);

CREATE TABLE entity_aliases (
    entity_id TEXT NOT NULL REFERENCES entities (id),
    alias TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
);

CREATE TABLE mentions (
    id {id},
    article_id BIGINT NOT NULL REFERENCES articles (id),
    entity_id TEXT NOT NULL REFERENCES entities (id),
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    source TEXT NOT NULL,
    confidence {real} NOT NULL,
    cue TEXT,
    gazetteer_id TEXT
);

CREATE INDEX ix_mentions_article ON mentions (article_id);
CREATE INDEX ix_mentions_entity ON mentions (entity_id);

CREATE TABLE events (
    id {id},
    article_id BIGINT NOT NULL REFERENCES articles (id),
    event_key TEXT NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    trigger_text TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    place_id TEXT REFERENCES entities (id),
    event_date TEXT,
    date_precision TEXT,
    status TEXT NOT NULL,
    killed INTEGER,
    injured INTEGER,
    displaced INTEGER,
    kidnapped INTEGER,
    arrested INTEGER,
    usd NUMERIC,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    confidence {real} NOT NULL,
    pipeline_version TEXT NOT NULL,
    UNIQUE (article_id, event_key)
);

CREATE TABLE event_arguments (
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    entity_id TEXT NOT NULL REFERENCES entities (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (event_id, role, position)
);

-- extracted_json is what the pipeline produced (compared on re-processing); values_json is the
-- current, possibly corrected, value. change_seq comes from counters('fact_change') and only grows.
CREATE TABLE facts (
    id {id},
    kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    article_id BIGINT NOT NULL REFERENCES articles (id),
    status TEXT NOT NULL,
    extracted_json TEXT NOT NULL,
    values_json TEXT NOT NULL,
    confidence {real} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    change_seq BIGINT NOT NULL,
    pipeline_version TEXT NOT NULL,
    decided_by TEXT,
    decided_at {timestamp},
    lease_holder TEXT,
    lease_until {timestamp},
    created_at {timestamp} NOT NULL,
    updated_at {timestamp} NOT NULL,
    UNIQUE (article_id, kind, subject_id)
);

CREATE INDEX ix_facts_change_seq ON facts (change_seq);
CREATE INDEX ix_facts_status ON facts (status, id);

CREATE TABLE review_decisions (
    id {id},
    fact_id BIGINT NOT NULL REFERENCES facts (id),
    username TEXT NOT NULL,
    decided_at {timestamp} NOT NULL,
    action TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL,
    reason TEXT,
    pipeline_version TEXT NOT NULL
);

CREATE INDEX ix_review_decisions_fact ON review_decisions (fact_id);

CREATE TABLE users (
    id {id},
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until {timestamp},
    created_at {timestamp} NOT NULL
);

CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);

INSERT INTO counters (name, value) VALUES ('fact_change', 0);
