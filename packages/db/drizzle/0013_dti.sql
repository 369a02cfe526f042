CREATE TABLE "dti_assignments" (
	"user_id" uuid NOT NULL,
	"unit_id" text NOT NULL,
	CONSTRAINT "dti_assignments_user_id_unit_id_pk" PRIMARY KEY("user_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "dti_cycle_units" (
	"cycle_id" uuid NOT NULL,
	"unit_id" text NOT NULL,
	"group_code" text,
	CONSTRAINT "dti_cycle_units_cycle_id_unit_id_pk" PRIMARY KEY("cycle_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "dti_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"level" text NOT NULL,
	"name" text NOT NULL,
	"framework_id" text NOT NULL,
	"deadline" date NOT NULL,
	"imputation" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by" uuid,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	CONSTRAINT "dti_cycles_level_check" CHECK ("dti_cycles"."level" in ('province', 'department', 'commune')),
	CONSTRAINT "dti_cycles_status_check" CHECK ("dti_cycles"."status" in ('open', 'closed')),
	CONSTRAINT "dti_cycles_imputation_check" CHECK ("dti_cycles"."imputation" in ('none', 'last_year', 'group_mean'))
);
--> statement-breakpoint
CREATE TABLE "dti_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"framework_id" text,
	"cycle_id" uuid,
	"unit_id" text,
	"component_id" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "dti_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"unit_id" text NOT NULL,
	"component_id" text NOT NULL,
	"position" integer NOT NULL,
	"document_number" text,
	"title" text NOT NULL,
	"issued_on" date,
	"summary" text,
	"file_id" uuid,
	"url" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dti_frameworks" (
	"id" text PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"level" text NOT NULL,
	"name" text NOT NULL,
	"data" jsonb NOT NULL,
	"shipped" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "dti_frameworks_level_check" CHECK ("dti_frameworks"."level" in ('province', 'department', 'commune'))
);
--> statement-breakpoint
CREATE TABLE "dti_inputs" (
	"cycle_id" uuid NOT NULL,
	"unit_id" text NOT NULL,
	"component_id" text NOT NULL,
	"status" text NOT NULL,
	"value" jsonb NOT NULL,
	"note" text,
	"appraised_value" jsonb,
	"review_comment" text,
	"return_count" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	CONSTRAINT "dti_inputs_cycle_id_unit_id_component_id_pk" PRIMARY KEY("cycle_id","unit_id","component_id"),
	CONSTRAINT "dti_inputs_status_check" CHECK ("dti_inputs"."status" in ('draft', 'submitted', 'returned', 'accepted'))
);
--> statement-breakpoint
CREATE TABLE "dti_units" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"group_code" text,
	"group_name" text,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "dti_units_level_check" CHECK ("dti_units"."level" in ('province', 'department', 'commune'))
);
--> statement-breakpoint
ALTER TABLE "dti_assignments" ADD CONSTRAINT "dti_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dti_assignments" ADD CONSTRAINT "dti_assignments_unit_id_dti_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."dti_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dti_cycle_units" ADD CONSTRAINT "dti_cycle_units_cycle_id_dti_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."dti_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dti_cycle_units" ADD CONSTRAINT "dti_cycle_units_unit_id_dti_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."dti_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dti_cycles" ADD CONSTRAINT "dti_cycles_framework_id_dti_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."dti_frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dti_cycles" ADD CONSTRAINT "dti_cycles_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dti_cycles" ADD CONSTRAINT "dti_cycles_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dti_evidence" ADD CONSTRAINT "dti_evidence_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dti_evidence" ADD CONSTRAINT "dti_evidence_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dti_evidence" ADD CONSTRAINT "dti_evidence_cycle_id_unit_id_component_id_dti_inputs_cycle_id_unit_id_component_id_fk" FOREIGN KEY ("cycle_id","unit_id","component_id") REFERENCES "public"."dti_inputs"("cycle_id","unit_id","component_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dti_frameworks" ADD CONSTRAINT "dti_frameworks_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dti_inputs" ADD CONSTRAINT "dti_inputs_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dti_inputs" ADD CONSTRAINT "dti_inputs_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dti_inputs" ADD CONSTRAINT "dti_inputs_cycle_id_unit_id_dti_cycle_units_cycle_id_unit_id_fk" FOREIGN KEY ("cycle_id","unit_id") REFERENCES "public"."dti_cycle_units"("cycle_id","unit_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dti_assignments_unit_idx" ON "dti_assignments" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "dti_cycle_units_unit_idx" ON "dti_cycle_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "dti_cycles_level_year_idx" ON "dti_cycles" USING btree ("level","year");--> statement-breakpoint
CREATE INDEX "dti_cycles_framework_idx" ON "dti_cycles" USING btree ("framework_id");--> statement-breakpoint
CREATE INDEX "dti_events_cycle_idx" ON "dti_events" USING btree ("cycle_id","at");--> statement-breakpoint
CREATE INDEX "dti_events_framework_idx" ON "dti_events" USING btree ("framework_id");--> statement-breakpoint
CREATE INDEX "dti_evidence_input_idx" ON "dti_evidence" USING btree ("cycle_id","unit_id","component_id");--> statement-breakpoint
CREATE INDEX "dti_evidence_file_idx" ON "dti_evidence" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "dti_frameworks_level_year_idx" ON "dti_frameworks" USING btree ("level","year");--> statement-breakpoint
CREATE INDEX "dti_inputs_cycle_status_idx" ON "dti_inputs" USING btree ("cycle_id","status");