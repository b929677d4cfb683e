-- The cross-article entity registry. A merged entity keeps its row with merged_into set, so links to
-- it stay valid and later extractions that produce its id land on the surviving entity.
-- wikidata_id is filled only from a gazetteer that carries QIDs; external_id keeps gazetteer ids (geo:, iso:).
ALTER TABLE entities ADD COLUMN merged_into TEXT REFERENCES entities (id);
ALTER TABLE entities ADD COLUMN wikidata_id TEXT;

-- alias_key is the folded alias with only letters and digits (see AliasKey), searched by prefix range.
ALTER TABLE entity_aliases ADD COLUMN alias_key TEXT;
UPDATE entity_aliases SET alias_key = LOWER(REPLACE(REPLACE(REPLACE(REPLACE(alias, ' ', ''), '-', ''), '.', ''), '''', ''));
CREATE INDEX ix_entity_aliases_key ON entity_aliases (alias_key);

CREATE INDEX ix_entities_merged_into ON entities (merged_into);
CREATE INDEX ix_event_arguments_entity ON event_arguments (entity_id);
CREATE INDEX ix_events_place ON events (place_id);
CREATE INDEX ix_facts_subject ON facts (subject_id);

-- Append-only: who changed which entity how. after_json of a merge or split lists every row it moved,
-- which is what its undo moves back; undoes points at the operation an undo reverted.
CREATE TABLE entity_history (
    id {id},
    entity_id TEXT NOT NULL,
    related_id TEXT,
    operation TEXT NOT NULL,
    username TEXT NOT NULL,
    at {timestamp} NOT NULL,
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL,
    undoes BIGINT REFERENCES entity_history (id)
);

CREATE INDEX ix_entity_history_entity ON entity_history (entity_id, id);
CREATE INDEX ix_entity_history_related ON entity_history (related_id, id);
CREATE UNIQUE INDEX ux_entity_history_undoes ON entity_history (undoes);
