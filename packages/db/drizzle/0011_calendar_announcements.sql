CREATE TABLE "calendar_announcements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"source_document" text NOT NULL,
	"source_date" date,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_announcements_kind_check" CHECK ("calendar_announcements"."kind" in ('day_off', 'working_day'))
);
--> statement-breakpoint
ALTER TABLE "calendar_announcements" ADD CONSTRAINT "calendar_announcements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calendar_announcements_date_idx" ON "calendar_announcements" USING btree ("date","id");