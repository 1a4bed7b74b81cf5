-- The server's own bookkeeping lives in the schema "playground"; each room's events live in a
-- schema of their own, in the learning material's `events` table (see create_room_tables).

CREATE SCHEMA IF NOT EXISTS playground;

-- A room: a store with two tokens. Only SHA-256 hashes of the tokens are kept.
CREATE TABLE playground.rooms (
  name text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9-]{0,39}$'),
  schema_name text NOT NULL UNIQUE,
  write_token_hash bytea NOT NULL,
  read_token_hash bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Gives each inserted event the next global position of its room, whoever inserts it (the
-- server, or the material's Python `EventStore.append`). The UPDATE takes the row lock of the
-- room's one-row `log_head` and keeps it until the inserting transaction ends, so the writers of
-- a room commit one after another in position order: a reader can never see position n + 1
-- before n is committed, and a rolled-back insert gives its positions back (no gaps).
CREATE FUNCTION playground.assign_position() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('UPDATE %I.log_head SET last_position = last_position + 1 RETURNING last_position', TG_TABLE_SCHEMA)
    INTO NEW.position;
  RETURN NEW;
END
$$;

-- Tells listening servers that a room's log grew (delivered at commit, in commit order).
CREATE FUNCTION playground.announce_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('playground_events', TG_TABLE_SCHEMA);
  RETURN NULL;
END
$$;

-- Creates a room's tables in `target` (a schema), or adopts the material's `events` table found
-- there: the columns the event-store port needs are added, and existing rows get positions in
-- the order they were written (by time, each stream in version order).
CREATE FUNCTION playground.create_room_tables(target text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I', target);
  -- The learning material's table, exactly (000_*, 001_*).
  EXECUTE format($sql$
    CREATE TABLE IF NOT EXISTS %I.events (
      event_id UUID PRIMARY KEY,
      aggregate_type VARCHAR(100) NOT NULL,
      aggregate_id VARCHAR(255) NOT NULL,
      event_type VARCHAR(100) NOT NULL,
      version INTEGER NOT NULL,
      data JSONB NOT NULL,
      timestamp TIMESTAMP WITH TIME ZONE NOT NULL,
      UNIQUE(aggregate_type, aggregate_id, version)
    )$sql$, target);
  -- What the port adds: the global position, the metadata, an event id that is not a UUID, and the
  -- data as written (JSONB keeps keys in an order of its own; the port gives data back as written).
  EXECUTE format('ALTER TABLE %I.events ADD COLUMN IF NOT EXISTS position BIGINT', target);
  EXECUTE format('ALTER TABLE %I.events ADD COLUMN IF NOT EXISTS metadata JSONB', target);
  EXECUTE format('ALTER TABLE %I.events ADD COLUMN IF NOT EXISTS event_key TEXT', target);
  EXECUTE format('ALTER TABLE %I.events ADD COLUMN IF NOT EXISTS data_as_written JSON', target);
  EXECUTE format($sql$
    UPDATE %1$I.events AS e SET position = numbered.position
    FROM (
      SELECT event_id, row_number() OVER (ORDER BY written, aggregate_type, aggregate_id, version) AS position
      FROM (
        SELECT event_id, aggregate_type, aggregate_id, version,
               max(timestamp) OVER (PARTITION BY aggregate_type, aggregate_id ORDER BY version) AS written
        FROM %1$I.events
      ) AS ordered
    ) AS numbered
    WHERE e.event_id = numbered.event_id AND e.position IS NULL$sql$, target);
  EXECUTE format('ALTER TABLE %I.events ALTER COLUMN position SET NOT NULL', target);
  EXECUTE format('CREATE UNIQUE INDEX IF NOT EXISTS events_position ON %I.events (position)', target);
  EXECUTE format($sql$
    CREATE TABLE IF NOT EXISTS %I.log_head (
      only_row BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row),
      last_position BIGINT NOT NULL
    )$sql$, target);
  EXECUTE format($sql$
    INSERT INTO %1$I.log_head (last_position)
    SELECT coalesce(max(position), 0) FROM %1$I.events
    ON CONFLICT (only_row) DO NOTHING$sql$, target);
  EXECUTE format('DROP TRIGGER IF EXISTS assign_position ON %I.events', target);
  EXECUTE format($sql$
    CREATE TRIGGER assign_position BEFORE INSERT ON %I.events
    FOR EACH ROW EXECUTE FUNCTION playground.assign_position()$sql$, target);
  EXECUTE format('DROP TRIGGER IF EXISTS announce_events ON %I.events', target);
  EXECUTE format($sql$
    CREATE TRIGGER announce_events AFTER INSERT ON %I.events
    FOR EACH STATEMENT EXECUTE FUNCTION playground.announce_events()$sql$, target);
END
$$;
