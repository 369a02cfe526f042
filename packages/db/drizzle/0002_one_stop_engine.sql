CREATE TABLE "dossier_files" (
	"dossier_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"component_key" text NOT NULL,
	"event_seq" integer NOT NULL,
	"attached_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_files_dossier_id_file_id_component_key_pk" PRIMARY KEY("dossier_id","file_id","component_key")
);
--> statement-breakpoint
CREATE TABLE "dossier_sequences" (
	"unit_code" text NOT NULL,
	"day" date NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "dossier_sequences_unit_code_day_pk" PRIMARY KEY("unit_code","day")
);
--> statement-breakpoint
ALTER TABLE "files" DROP CONSTRAINT "files_sha256_unique";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "kind" text DEFAULT 'staff' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "organisation_name" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "tax_code" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "channel" text DEFAULT 'online' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "applicant_user_id" uuid;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "applicant_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "applicant_tax_code" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "assignee_user_id" uuid;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "awaiting_signature" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "completed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_files_file_idx" ON "dossier_files" USING btree ("file_id");--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_applicant_user_id_users_id_fk" FOREIGN KEY ("applicant_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossiers_applicant_user_idx" ON "dossiers" USING btree ("applicant_user_id");--> statement-breakpoint
CREATE INDEX "dossiers_assignee_idx" ON "dossiers" USING btree ("assignee_user_id");--> statement-breakpoint
CREATE INDEX "dossiers_tax_code_idx" ON "dossiers" USING btree ("applicant_tax_code");--> statement-breakpoint
CREATE INDEX "files_sha256_idx" ON "files" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "files_created_by_idx" ON "files" USING btree ("created_by");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_kind_check" CHECK ("users"."kind" in ('staff', 'applicant'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_applicant_profile_check" CHECK ("users"."kind" <> 'applicant' or ("users"."organisation_name" is not null and "users"."tax_code" is not null));--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_channel_check" CHECK ("dossiers"."channel" in ('online', 'direct', 'postal'));