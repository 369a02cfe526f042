-- The servers cache each session for a few seconds (issue 12). Whatever ends or alters a session — signing out,
-- deactivating an account, a password reset, a change of roles, from any process or the operator's CLI — announces
-- it after commit on the channel skhcn_session_changes, so that every process drops its cached copy at once.
CREATE OR REPLACE FUNCTION skhcn_session_changes_notify() RETURNS trigger AS $$
BEGIN
  IF TG_TABLE_NAME = 'sessions' THEN
    PERFORM pg_notify('skhcn_session_changes', 's:' || OLD.id);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('skhcn_session_changes', 'u:' || OLD.user_id::text);
  ELSIF TG_TABLE_NAME = 'users' THEN
    PERFORM pg_notify('skhcn_session_changes', 'u:' || NEW.id::text);
  ELSE
    PERFORM pg_notify('skhcn_session_changes', 'u:' || NEW.user_id::text);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER sessions_changes_notify AFTER DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION skhcn_session_changes_notify();
--> statement-breakpoint
CREATE TRIGGER users_changes_notify AFTER UPDATE ON users
  FOR EACH ROW EXECUTE FUNCTION skhcn_session_changes_notify();
--> statement-breakpoint
CREATE TRIGGER memberships_changes_notify AFTER INSERT OR UPDATE OR DELETE ON memberships
  FOR EACH ROW EXECUTE FUNCTION skhcn_session_changes_notify();
