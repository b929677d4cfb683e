-- Who sent a failed article back for processing, when, and what it had failed with.
CREATE TABLE article_retries (
    id {id},
    article_id BIGINT NOT NULL REFERENCES articles (id),
    username TEXT NOT NULL,
    retried_at {timestamp} NOT NULL,
    previous_reason TEXT,
    previous_attempts INTEGER NOT NULL
);

CREATE INDEX ix_article_retries_article ON article_retries (article_id);
