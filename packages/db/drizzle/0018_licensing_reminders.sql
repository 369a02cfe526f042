CREATE TABLE "licensing_reminders" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"holder_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"threshold" text NOT NULL,
	"due_on" date NOT NULL,
	"deadline" date NOT NULL,
	"status" text NOT NULL,
	"recipient" text,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"claimed_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "licensing_reminders_subject_kind_threshold_uq" UNIQUE("subject_id","kind","threshold"),
	CONSTRAINT "licensing_reminders_status_check" CHECK ("licensing_reminders"."status" in ('pending', 'sent', 'failed', 'no_address'))
);
--> statement-breakpoint
ALTER TABLE "licensing_reminders" ADD CONSTRAINT "licensing_reminders_holder_id_licensing_holders_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."licensing_holders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "licensing_reminders_holder_idx" ON "licensing_reminders" USING btree ("holder_id");--> statement-breakpoint
CREATE INDEX "licensing_reminders_status_idx" ON "licensing_reminders" USING btree ("status","claimed_at");