-- account_events is the record of what administrators did to accounts (created, roles changed, deactivated,
-- reactivated, password reset): no UPDATE or DELETE.
CREATE OR REPLACE FUNCTION account_events_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'account_events is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER account_events_no_update_delete
  BEFORE UPDATE OR DELETE ON account_events
  FOR EACH ROW EXECUTE FUNCTION account_events_append_only();
