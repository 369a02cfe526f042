-- The inbox on a large database: trigram search on dossiers.search_text, and the counts per unit and status kept by
-- triggers instead of counting every dossier of the unit on each inbox request.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "dossier_status_counts" (
	"unit_code" text NOT NULL,
	"status" smallint NOT NULL,
	"count" bigint NOT NULL,
	CONSTRAINT "dossier_status_counts_unit_code_status_pk" PRIMARY KEY("unit_code","status")
);
--> statement-breakpoint
CREATE INDEX "dossiers_search_text_trgm_idx" ON "dossiers" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION dossier_status_counts_track() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO dossier_status_counts AS c (unit_code, status, count) VALUES (NEW.unit_code, NEW.status, 1)
      ON CONFLICT (unit_code, status) DO UPDATE SET count = c.count + 1;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE dossier_status_counts SET count = count - 1 WHERE unit_code = OLD.unit_code AND status = OLD.status;
  ELSIF (OLD.unit_code, OLD.status) IS DISTINCT FROM (NEW.unit_code, NEW.status) THEN
    -- One statement taking the two counters in key order, so that concurrent transitions cannot deadlock.
    INSERT INTO dossier_status_counts AS c (unit_code, status, count)
      SELECT v.unit_code, v.status, v.delta
      FROM (VALUES (OLD.unit_code, OLD.status, -1), (NEW.unit_code, NEW.status, 1)) AS v(unit_code, status, delta)
      ORDER BY v.unit_code, v.status
      ON CONFLICT (unit_code, status) DO UPDATE SET count = c.count + excluded.count;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER dossier_status_counts_rows
  AFTER INSERT OR UPDATE OF unit_code, status OR DELETE ON dossiers
  FOR EACH ROW EXECUTE FUNCTION dossier_status_counts_track();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION dossier_status_counts_clear() RETURNS trigger AS $$
BEGIN
  DELETE FROM dossier_status_counts;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER dossier_status_counts_truncate
  AFTER TRUNCATE ON dossiers
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_status_counts_clear();
--> statement-breakpoint
INSERT INTO dossier_status_counts (unit_code, status, count)
  SELECT unit_code, status, count(*) FROM dossiers GROUP BY unit_code, status;
