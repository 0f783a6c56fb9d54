/**
 * The SQLite store's schema, as numbered migrations: a database records the version it is at
 * (PRAGMA user_version) and is brought up to the latest on opening; one from a newer Vigie is
 * refused.
 */
export const MIGRATIONS: string[] = [
  // 1: documents and their analyses
  `
  CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    doc_key TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    source TEXT, url TEXT, outlet TEXT, lang TEXT NOT NULL,
    date TEXT, date_precision TEXT, title TEXT, text TEXT NOT NULL,
    duplicate_of INTEGER REFERENCES documents(id),
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX documents_date ON documents(date);
  CREATE INDEX documents_outlet ON documents(outlet);
  CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    identity TEXT NOT NULL UNIQUE,
    kb TEXT, name TEXT NOT NULL, type TEXT NOT NULL, country TEXT,
    lat REAL, lon REAL, geo_kind TEXT
  );
  CREATE INDEX entities_name ON entities(name);
  CREATE TABLE entity_names (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    name TEXT NOT NULL,
    folded TEXT NOT NULL,
    PRIMARY KEY (entity_id, folded)
  );
  CREATE INDEX entity_names_folded ON entity_names(folded);
  CREATE TABLE mentions (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    local_id TEXT NOT NULL, role TEXT,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL
  );
  CREATE INDEX mentions_entity ON mentions(entity_id, document_id);
  CREATE INDEX mentions_document ON mentions(document_id);
  CREATE TABLE times (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, value TEXT NOT NULL, precision TEXT NOT NULL
  );
  CREATE INDEX times_document ON times(document_id);
  CREATE TABLE quotes (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    speaker_id INTEGER REFERENCES entities(id), speaker_text TEXT, cue TEXT
  );
  CREATE INDEX quotes_speaker ON quotes(speaker_id);
  CREATE INDEX quotes_document ON quotes(document_id);
  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    type TEXT NOT NULL, mode TEXT,
    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
    actor_id INTEGER REFERENCES entities(id), target_id INTEGER REFERENCES entities(id), place_id INTEGER REFERENCES entities(id),
    date TEXT, date_precision TEXT, status TEXT NOT NULL, source_id INTEGER REFERENCES entities(id),
    fatalities INTEGER, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL
  );
  CREATE INDEX events_type_date ON events(type, date);
  CREATE INDEX events_actor ON events(actor_id);
  CREATE INDEX events_target ON events(target_id);
  CREATE INDEX events_place ON events(place_id);
  CREATE INDEX events_document ON events(document_id);
  CREATE TABLE framing (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    start INTEGER NOT NULL, end INTEGER NOT NULL, term TEXT NOT NULL, category TEXT NOT NULL,
    refers_to_id INTEGER REFERENCES entities(id), voice TEXT NOT NULL, neutral TEXT, occurrences INTEGER NOT NULL
  );
  CREATE INDEX framing_document ON framing(document_id);
  CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
  `,
  // 2: near-duplicates (a SimHash fingerprint per document, its bands indexed)
  `
  ALTER TABLE documents ADD COLUMN simhash TEXT;
  CREATE TABLE document_bands (
    band INTEGER NOT NULL, value INTEGER NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    simhash TEXT NOT NULL, original_id INTEGER,
    PRIMARY KEY (band, value, document_id)
  ) WITHOUT ROWID;
  CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
  `,
  // 3: events found by type, party, place, status and country in date order through indexes
  `
  ALTER TABLE events ADD COLUMN sort_date TEXT;
  UPDATE events SET sort_date = coalesce(date, (SELECT d.date FROM documents d WHERE d.id = events.document_id));
  DROP INDEX events_type_date;
  DROP INDEX events_actor;
  DROP INDEX events_target;
  DROP INDEX events_place;
  CREATE INDEX events_sort_date ON events(sort_date);
  CREATE INDEX events_type ON events(type, sort_date);
  CREATE INDEX events_status ON events(status, sort_date);
  CREATE INDEX events_actor ON events(actor_id, sort_date);
  CREATE INDEX events_target ON events(target_id, sort_date);
  CREATE INDEX events_place ON events(place_id, sort_date);
  CREATE TABLE event_countries (
    country TEXT NOT NULL, sort_date TEXT, event_id INTEGER NOT NULL REFERENCES events(id),
    PRIMARY KEY (country, sort_date, event_id)
  ) WITHOUT ROWID;
  INSERT OR IGNORE INTO event_countries (country, sort_date, event_id)
    SELECT e.country, v.sort_date, v.id FROM events v JOIN entities e ON e.id IN (v.actor_id, v.target_id, v.place_id) WHERE e.country IS NOT NULL;
  `,
  // 4: stories (documents grouped online by development; see src/stories/)
  `
  ALTER TABLE documents ADD COLUMN story_id INTEGER;
  ALTER TABLE documents ADD COLUMN story_score REAL;
  ALTER TABLE documents ADD COLUMN story_features TEXT;
  CREATE INDEX documents_story ON documents(story_id);
  CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    first_day TEXT, last_day TEXT,
    hi INTEGER,
    documents INTEGER NOT NULL,
    state TEXT NOT NULL
  );
  CREATE INDEX stories_last_day ON stories(last_day);
  CREATE TABLE story_keys (
    entity TEXT NOT NULL, story_id INTEGER NOT NULL REFERENCES stories(id), hi INTEGER,
    PRIMARY KEY (entity, story_id)
  ) WITHOUT ROWID;
  CREATE INDEX story_keys_reach ON story_keys(entity, hi);
  CREATE INDEX story_keys_story ON story_keys(story_id);
  CREATE TABLE story_frequencies (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
  ALTER TABLE framing ADD COLUMN spans TEXT;
  `,
  // 5: a country's events of one type walked in date order; stories found by their number of outlets
  `
  ALTER TABLE event_countries ADD COLUMN type TEXT;
  UPDATE event_countries SET type = (SELECT type FROM events WHERE id = event_countries.event_id);
  CREATE INDEX event_countries_type ON event_countries(country, type, sort_date, event_id);
  ALTER TABLE stories ADD COLUMN outlets INTEGER NOT NULL DEFAULT 0;
  UPDATE stories SET outlets = (SELECT count(DISTINCT coalesce(outlet, doc_key)) FROM documents WHERE story_id = stories.id);
  CREATE INDEX stories_outlets ON stories(outlets, last_day);
  `,
  // 6: spans end at "stop" (END is a reserved word in PostgreSQL, and the schema is the same there)
  `
  ALTER TABLE mentions RENAME COLUMN "end" TO stop;
  ALTER TABLE times RENAME COLUMN "end" TO stop;
  ALTER TABLE quotes RENAME COLUMN "end" TO stop;
  ALTER TABLE framing RENAME COLUMN "end" TO stop;
  `,
  // 7: a story is found by an entity through the key's own order (its newest stories have the highest ids): no second and third index to keep
  `
  DROP INDEX story_keys_reach;
  DROP INDEX story_keys_story;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
