-- Two-stage review: a fact is suggested by the pipeline, decided by an analyst, then confirmed or
-- overturned by a reviewer. facts.status stays the current (final) status, so exports are unchanged;
-- review_stage says how far the fact got and analyst_status keeps what the analyst decided.
ALTER TABLE facts ADD COLUMN review_stage TEXT NOT NULL DEFAULT 'suggested';
ALTER TABLE facts ADD COLUMN analyst_status TEXT;

-- Each audit row records its stage, the bulk action it belongs to, and which decision an undo reverted.
ALTER TABLE review_decisions ADD COLUMN stage TEXT;
ALTER TABLE review_decisions ADD COLUMN bulk_id TEXT;
ALTER TABLE review_decisions ADD COLUMN undoes_id BIGINT;

-- The queue scans facts of one status in uncertainty order; the expression matches ReviewQueueQuery's ORDER BY.
CREATE INDEX ix_facts_queue ON facts (status, (ABS(confidence - 0.5)), id DESC);
CREATE INDEX ix_facts_stage_queue ON facts (review_stage, status, (ABS(confidence - 0.5)), id DESC);
-- The queue's entity filter uses ix_facts_subject, ix_events_place and ix_event_arguments_entity from 0002.
CREATE INDEX ix_review_decisions_user ON review_decisions (username, id);
CREATE INDEX ix_review_decisions_bulk ON review_decisions (bulk_id);
