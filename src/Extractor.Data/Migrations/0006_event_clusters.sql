-- Cross-article event clusters: one row per real-world event, one member row per article event
-- that reports it. date_from/date_to are ISO days (text order is date order) of the cluster's date
-- window; signature_json is the merged EventSignature compared with new reports. fact_id is the
-- event fact of the first report: the fact reviewers decide for the whole cluster.
CREATE TABLE event_clusters (
    id {id},
    type TEXT NOT NULL,
    date_from TEXT NOT NULL,
    date_to TEXT NOT NULL,
    signature_json TEXT NOT NULL,
    fact_id BIGINT,
    created_at {timestamp} NOT NULL,
    updated_at {timestamp} NOT NULL
);

CREATE INDEX ix_event_clusters_type_date ON event_clusters (type, date_from);

-- Keyed by (article_id, event_key), which survive re-processing, so an article joins a cluster once.
CREATE TABLE event_cluster_members (
    article_id BIGINT NOT NULL REFERENCES articles (id),
    event_key TEXT NOT NULL,
    cluster_id BIGINT NOT NULL REFERENCES event_clusters (id),
    joined_at {timestamp} NOT NULL,
    PRIMARY KEY (article_id, event_key)
);

CREATE INDEX ix_event_cluster_members_cluster ON event_cluster_members (cluster_id);

-- A later report's event fact points at its cluster's fact and leaves the review queue.
ALTER TABLE facts ADD COLUMN cluster_fact_id BIGINT;

CREATE INDEX ix_facts_cluster_fact ON facts (cluster_fact_id);
