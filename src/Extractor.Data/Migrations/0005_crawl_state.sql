-- Crawl state shared by every worker process: per-host politeness, robots.txt, listing validators
-- and article fingerprints. Placeholders are expanded by SqlDialect.ExpandTypes.

-- One row per host:port. A worker may send a request only while it holds the lease and after
-- next_allowed_at; releasing the lease pushes next_allowed_at by the host's delay.
CREATE TABLE crawl_hosts (
    host TEXT PRIMARY KEY,
    next_allowed_at {timestamp} NOT NULL,
    lease_holder TEXT,
    lease_until {timestamp},
    updated_at {timestamp} NOT NULL
);

-- Parsed robots.txt rules per origin, one "A pattern" / "D pattern" line each, until expires_at.
CREATE TABLE robots_cache (
    origin TEXT PRIMARY KEY,
    rules TEXT NOT NULL,
    crawl_delay_ms BIGINT,
    expires_at {timestamp} NOT NULL
);

-- ETag / Last-Modified of feeds and sitemaps; article pages keep theirs on the article row.
CREATE TABLE listing_validators (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    updated_at {timestamp} NOT NULL
);

ALTER TABLE articles ADD COLUMN simhash BIGINT;
ALTER TABLE articles ADD COLUMN text_hash TEXT;

-- The 64-bit SimHash cut into four 16-bit bands: two texts within three differing bits share at
-- least one band, so a near-duplicate lookup reads four index ranges instead of every article.
CREATE TABLE simhash_bands (
    band INTEGER NOT NULL,
    value INTEGER NOT NULL,
    article_id BIGINT NOT NULL REFERENCES articles (id),
    PRIMARY KEY (band, value, article_id)
);

CREATE INDEX ix_articles_text_hash ON articles (text_hash);
CREATE INDEX ix_articles_source_state ON articles (source_id, state);

-- Serialises fingerprint recording, so two workers cannot both miss each other's copy of a story.
INSERT INTO counters (name, value) VALUES ('fingerprint', 0);
