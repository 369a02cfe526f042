CREATE TABLE "science_adjustments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"details" text NOT NULL,
	"new_ends_on" date,
	"new_budget" bigint,
	"status" text NOT NULL,
	"requested_by" uuid,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	CONSTRAINT "science_adjustments_status_check" CHECK ("science_adjustments"."status" in ('requested', 'approved', 'rejected')),
	CONSTRAINT "science_adjustments_kind_check" CHECK ("science_adjustments"."kind" in ('time', 'budget', 'team', 'content'))
);
--> statement-breakpoint
CREATE TABLE "science_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"applicant_user_id" uuid,
	"organisation_name" text NOT NULL,
	"tax_code" text,
	"principal_investigator" text NOT NULL,
	"research_plan" text NOT NULL,
	"team" jsonb NOT NULL,
	"partners" jsonb NOT NULL,
	"budget_items" jsonb NOT NULL,
	"total_budget" bigint NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "science_applications_task_applicant_uq" UNIQUE("task_id","applicant_user_id")
);
--> statement-breakpoint
CREATE TABLE "science_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"unit_code" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"task_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"issued_on" date NOT NULL,
	"issued_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "science_certificates_number_uq" UNIQUE("number"),
	CONSTRAINT "science_certificates_unit_year_seq_uq" UNIQUE("unit_code","year","seq"),
	CONSTRAINT "science_certificates_task_uq" UNIQUE("task_id"),
	CONSTRAINT "science_certificates_dossier_uq" UNIQUE("dossier_id")
);
--> statement-breakpoint
CREATE TABLE "science_conflict_declarations" (
	"council_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"member_user_id" uuid NOT NULL,
	"conflicted" boolean NOT NULL,
	"note" text,
	"declared_at" timestamp with time zone NOT NULL,
	CONSTRAINT "science_conflict_declarations_council_id_application_id_member_user_id_pk" PRIMARY KEY("council_id","application_id","member_user_id")
);
--> statement-breakpoint
CREATE TABLE "science_council_members" (
	"council_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"seq" integer NOT NULL,
	CONSTRAINT "science_council_members_council_id_expert_id_pk" PRIMARY KEY("council_id","expert_id"),
	CONSTRAINT "science_council_members_user_uq" UNIQUE("council_id","user_id"),
	CONSTRAINT "science_council_members_role_check" CHECK ("science_council_members"."role" in ('chair', 'vice_chair', 'reviewer', 'secretary', 'member'))
);
--> statement-breakpoint
CREATE TABLE "science_councils" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"composition_model" text NOT NULL,
	"composition" jsonb NOT NULL,
	"sheet" jsonb,
	"meeting_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"outcome" jsonb,
	CONSTRAINT "science_councils_kind_check" CHECK ("science_councils"."kind" in ('selection', 'acceptance')),
	CONSTRAINT "science_councils_status_check" CHECK ("science_councils"."status" in ('scoring', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "science_counters" (
	"unit_code" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "science_counters_unit_code_kind_year_pk" PRIMARY KEY("unit_code","kind","year"),
	CONSTRAINT "science_counters_seq_check" CHECK ("science_counters"."last_seq" >= 1),
	CONSTRAINT "science_counters_kind_check" CHECK ("science_counters"."kind" in ('task', 'certificate'))
);
--> statement-breakpoint
CREATE TABLE "science_experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"full_name" text NOT NULL,
	"academic_title" text,
	"specialty" text NOT NULL,
	"field" text NOT NULL,
	"organisation" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"user_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "science_experts_user_uq" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "science_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"happened_on" date NOT NULL,
	"description" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "science_follow_ups_kind_check" CHECK ("science_follow_ups"."kind" in ('archive', 'transfer', 'application'))
);
--> statement-breakpoint
CREATE TABLE "science_inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"inspected_on" date NOT NULL,
	"findings" text NOT NULL,
	"conclusion" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "science_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"amount" bigint,
	CONSTRAINT "science_milestones_task_seq_uq" UNIQUE("task_id","seq"),
	CONSTRAINT "science_milestones_kind_check" CHECK ("science_milestones"."kind" in ('report', 'product', 'payment'))
);
--> statement-breakpoint
CREATE TABLE "science_progress_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"milestone_id" uuid,
	"period" text NOT NULL,
	"progress_percent" integer NOT NULL,
	"summary" text NOT NULL,
	"issues" text,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "science_score_sheets" (
	"council_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"member_user_id" uuid NOT NULL,
	"scores" jsonb NOT NULL,
	"comment" text,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "science_score_sheets_council_id_application_id_member_user_id_pk" PRIMARY KEY("council_id","application_id","member_user_id"),
	CONSTRAINT "science_score_sheets_status_check" CHECK ("science_score_sheets"."status" in ('draft', 'submitted'))
);
--> statement-breakpoint
CREATE TABLE "science_task_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"actor_user_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"reason" text,
	"data" jsonb,
	CONSTRAINT "science_task_events_task_seq_uq" UNIQUE("task_id","seq")
);
--> statement-breakpoint
CREATE TABLE "science_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"unit_code" text NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"field" text NOT NULL,
	"stage" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"proposer_kind" text NOT NULL,
	"proposer_name" text NOT NULL,
	"urgency" text NOT NULL,
	"urgency_reason" text NOT NULL,
	"objectives" text NOT NULL,
	"expected_products" jsonb NOT NULL,
	"duration_months" integer NOT NULL,
	"indicative_budget" bigint NOT NULL,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone NOT NULL,
	"identification" jsonb,
	"call_mode" text,
	"call_opens_on" date,
	"call_closes_on" date,
	"host_application_id" uuid,
	"host_user_id" uuid,
	"host_name" text,
	"principal_investigator" text,
	"appraisal" jsonb,
	"approved_budget" bigint,
	"approval" jsonb,
	"contract" jsonb,
	"ends_on" date,
	"acceptance" jsonb,
	"accepted_on" date,
	"overall_grade" text,
	"registration_dossier_id" uuid,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "science_tasks_code_unique" UNIQUE("code"),
	CONSTRAINT "science_tasks_registration_dossier_uq" UNIQUE("registration_dossier_id"),
	CONSTRAINT "science_tasks_stage_check" CHECK ("science_tasks"."stage" in ('proposed', 'identified', 'not_identified', 'selecting', 'selected', 'appraised', 'approved', 'in_progress', 'evaluating', 'accepted', 'not_accepted', 'registered', 'cancelled')),
	CONSTRAINT "science_tasks_call_mode_check" CHECK ("science_tasks"."call_mode" is null or "science_tasks"."call_mode" in ('selection', 'direct'))
);
--> statement-breakpoint
ALTER TABLE "science_adjustments" ADD CONSTRAINT "science_adjustments_task_id_science_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."science_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_adjustments" ADD CONSTRAINT "science_adjustments_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_adjustments" ADD CONSTRAINT "science_adjustments_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_applications" ADD CONSTRAINT "science_applications_task_id_science_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."science_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_applications" ADD CONSTRAINT "science_applications_applicant_user_id_users_id_fk" FOREIGN KEY ("applicant_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_applications" ADD CONSTRAINT "science_applications_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_certificates" ADD CONSTRAINT "science_certificates_unit_code_organisation_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."organisation_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_certificates" ADD CONSTRAINT "science_certificates_task_id_science_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."science_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_certificates" ADD CONSTRAINT "science_certificates_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_certificates" ADD CONSTRAINT "science_certificates_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_conflict_declarations" ADD CONSTRAINT "science_conflict_declarations_council_id_science_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."science_councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_conflict_declarations" ADD CONSTRAINT "science_conflict_declarations_application_id_science_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."science_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_conflict_declarations" ADD CONSTRAINT "science_conflict_declarations_member_user_id_users_id_fk" FOREIGN KEY ("member_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_council_members" ADD CONSTRAINT "science_council_members_council_id_science_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."science_councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_council_members" ADD CONSTRAINT "science_council_members_expert_id_science_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."science_experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_council_members" ADD CONSTRAINT "science_council_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_councils" ADD CONSTRAINT "science_councils_task_id_science_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."science_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_councils" ADD CONSTRAINT "science_councils_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_councils" ADD CONSTRAINT "science_councils_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_counters" ADD CONSTRAINT "science_counters_unit_code_organisation_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."organisation_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_experts" ADD CONSTRAINT "science_experts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_experts" ADD CONSTRAINT "science_experts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_follow_ups" ADD CONSTRAINT "science_follow_ups_task_id_science_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."science_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_follow_ups" ADD CONSTRAINT "science_follow_ups_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_inspections" ADD CONSTRAINT "science_inspections_task_id_science_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."science_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_inspections" ADD CONSTRAINT "science_inspections_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_milestones" ADD CONSTRAINT "science_milestones_task_id_science_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."science_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_progress_reports" ADD CONSTRAINT "science_progress_reports_task_id_science_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."science_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_progress_reports" ADD CONSTRAINT "science_progress_reports_milestone_id_science_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."science_milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_progress_reports" ADD CONSTRAINT "science_progress_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_score_sheets" ADD CONSTRAINT "science_score_sheets_council_id_science_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."science_councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_score_sheets" ADD CONSTRAINT "science_score_sheets_application_id_science_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."science_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_score_sheets" ADD CONSTRAINT "science_score_sheets_member_user_id_users_id_fk" FOREIGN KEY ("member_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_task_events" ADD CONSTRAINT "science_task_events_task_id_science_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."science_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_task_events" ADD CONSTRAINT "science_task_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_tasks" ADD CONSTRAINT "science_tasks_unit_code_organisation_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."organisation_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_tasks" ADD CONSTRAINT "science_tasks_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_tasks" ADD CONSTRAINT "science_tasks_host_application_id_science_applications_id_fk" FOREIGN KEY ("host_application_id") REFERENCES "public"."science_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_tasks" ADD CONSTRAINT "science_tasks_host_user_id_users_id_fk" FOREIGN KEY ("host_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "science_tasks" ADD CONSTRAINT "science_tasks_registration_dossier_id_dossiers_id_fk" FOREIGN KEY ("registration_dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "science_adjustments_task_idx" ON "science_adjustments" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "science_applications_task_idx" ON "science_applications" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "science_council_members_user_idx" ON "science_council_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "science_councils_task_idx" ON "science_councils" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "science_experts_field_idx" ON "science_experts" USING btree ("field");--> statement-breakpoint
CREATE INDEX "science_follow_ups_task_idx" ON "science_follow_ups" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "science_inspections_task_idx" ON "science_inspections" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "science_milestones_due_idx" ON "science_milestones" USING btree ("kind","due_on");--> statement-breakpoint
CREATE INDEX "science_progress_reports_task_idx" ON "science_progress_reports" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "science_progress_reports_milestone_idx" ON "science_progress_reports" USING btree ("milestone_id");--> statement-breakpoint
CREATE INDEX "science_tasks_stage_idx" ON "science_tasks" USING btree ("stage","updated_at");--> statement-breakpoint
CREATE INDEX "science_tasks_year_field_idx" ON "science_tasks" USING btree ("year","field");--> statement-breakpoint
CREATE INDEX "science_tasks_host_user_idx" ON "science_tasks" USING btree ("host_user_id");