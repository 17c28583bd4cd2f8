-- The change journal: one row per change to a room grant made through this server, with who made it,
-- the grant before and after (compact ApiScope JSON, NULL = no grant) and the bulk change it belonged
-- to. No foreign keys: an entry outlives its room, its user and (upstream) has no local project.
CREATE TABLE grant_journal (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id TEXT NOT NULL,
  room_id TEXT NOT NULL,
  room_name TEXT NOT NULL,
  user_id TEXT NOT NULL,
  actor_id TEXT,
  actor_email TEXT,
  at TEXT NOT NULL,
  before TEXT,
  after TEXT,
  bulk_id TEXT,
  source TEXT NOT NULL DEFAULT 'local' CHECK (source IN ('local', 'upstream'))
);
CREATE INDEX grant_journal_by_project ON grant_journal(project_id, id);
CREATE INDEX grant_journal_by_bulk ON grant_journal(project_id, bulk_id) WHERE bulk_id IS NOT NULL;

-- Who is writing right now: set by a request around its writes, inside their transaction, and
-- cleared after. Grants written without it (seed scripts, --demo) are not journalled.
CREATE TABLE grant_journal_context (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  actor_id TEXT,
  actor_email TEXT,
  bulk_id TEXT
);

-- Triggers, so that grants removed with their room or their member are journalled too.
CREATE TRIGGER grant_journal_on_insert AFTER INSERT ON room_grants
WHEN EXISTS (SELECT 1 FROM grant_journal_context) BEGIN
  INSERT INTO grant_journal (project_id, room_id, room_name, user_id, actor_id, actor_email, at, before, after, bulk_id)
  SELECT NEW.project_id, NEW.room_id, NEW.room_name, NEW.user_id, actor_id, actor_email,
         strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL, NEW.permissions, bulk_id
  FROM grant_journal_context;
END;

CREATE TRIGGER grant_journal_on_update AFTER UPDATE OF permissions ON room_grants
WHEN OLD.permissions IS NOT NEW.permissions AND EXISTS (SELECT 1 FROM grant_journal_context) BEGIN
  INSERT INTO grant_journal (project_id, room_id, room_name, user_id, actor_id, actor_email, at, before, after, bulk_id)
  SELECT NEW.project_id, NEW.room_id, NEW.room_name, NEW.user_id, actor_id, actor_email,
         strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), OLD.permissions, NEW.permissions, bulk_id
  FROM grant_journal_context;
END;

CREATE TRIGGER grant_journal_on_delete AFTER DELETE ON room_grants
WHEN EXISTS (SELECT 1 FROM grant_journal_context) BEGIN
  INSERT INTO grant_journal (project_id, room_id, room_name, user_id, actor_id, actor_email, at, before, after, bulk_id)
  SELECT OLD.project_id, OLD.room_id, OLD.room_name, OLD.user_id, actor_id, actor_email,
         strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), OLD.permissions, NULL, bulk_id
  FROM grant_journal_context;
END;
