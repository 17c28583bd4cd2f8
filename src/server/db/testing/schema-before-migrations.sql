-- The local server's SQLite schema. Applied idempotently at start.
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  first_name TEXT,
  last_name TEXT,
  invited INTEGER NOT NULL DEFAULT 0,
  is_server_admin INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS access_tokens (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  name TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS projects (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  owner_user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
  project_key TEXT NOT NULL UNIQUE,
  settings TEXT NOT NULL DEFAULT '{}',
  signing_secret TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS project_members (
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  is_admin INTEGER NOT NULL DEFAULT 0,
  is_developer INTEGER NOT NULL DEFAULT 0,
  can_create_rooms INTEGER NOT NULL DEFAULT 0,
  can_create_agents INTEGER NOT NULL DEFAULT 0,
  can_use_llm_proxy INTEGER NOT NULL DEFAULT 0,
  grant_count INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  PRIMARY KEY (project_id, user_id)
);
CREATE INDEX IF NOT EXISTS project_members_by_user ON project_members(user_id);

CREATE TABLE IF NOT EXISTS rooms (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  metadata TEXT NOT NULL DEFAULT '{}',
  annotations TEXT NOT NULL DEFAULT '{}',
  grant_count INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  UNIQUE (project_id, name)
);

-- room_name is a copy of rooms.name so that grant pages sort and seek on one index.
CREATE TABLE IF NOT EXISTS room_grants (
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
  room_name TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  permissions TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (room_id, user_id)
);
CREATE INDEX IF NOT EXISTS room_grants_by_project ON room_grants(project_id, room_name, user_id);
CREATE INDEX IF NOT EXISTS room_grants_by_user ON room_grants(project_id, user_id, room_name);

CREATE TRIGGER IF NOT EXISTS room_grants_count_insert AFTER INSERT ON room_grants BEGIN
  UPDATE rooms SET grant_count = grant_count + 1 WHERE id = NEW.room_id;
  UPDATE project_members SET grant_count = grant_count + 1 WHERE project_id = NEW.project_id AND user_id = NEW.user_id;
END;
CREATE TRIGGER IF NOT EXISTS room_grants_count_delete AFTER DELETE ON room_grants BEGIN
  UPDATE rooms SET grant_count = grant_count - 1 WHERE id = OLD.room_id;
  UPDATE project_members SET grant_count = grant_count - 1 WHERE project_id = OLD.project_id AND user_id = OLD.user_id;
END;
CREATE INDEX IF NOT EXISTS rooms_with_grants ON rooms(project_id, grant_count, name);

CREATE TABLE IF NOT EXISTS oauth_clients (
  client_id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  secret_hash TEXT NOT NULL,
  grant_types TEXT NOT NULL,
  response_types TEXT NOT NULL,
  redirect_uris TEXT NOT NULL,
  scope TEXT NOT NULL,
  metadata TEXT NOT NULL DEFAULT '{}',
  official INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS oauth_clients_by_project ON oauth_clients(project_id, created_at);

CREATE TABLE IF NOT EXISTS api_keys (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  secret_hash TEXT NOT NULL,
  created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS api_keys_by_project ON api_keys(project_id, created_at);
