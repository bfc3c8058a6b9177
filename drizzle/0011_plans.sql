CREATE TABLE "plan_adjustments" (
	"workspace_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"rep_id" uuid NOT NULL,
	"metric_id" uuid NOT NULL,
	"value" bigint NOT NULL,
	"comment" text NOT NULL,
	"by_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_adjustments_plan_id_rep_id_metric_id_pk" PRIMARY KEY("plan_id","rep_id","metric_id"),
	CONSTRAINT "plan_adjustments_value_check" CHECK ("plan_adjustments"."value" >= 0),
	CONSTRAINT "plan_adjustments_comment_check" CHECK (length(trim("plan_adjustments"."comment")) > 0)
);
--> statement-breakpoint
CREATE TABLE "plan_metrics" (
	"workspace_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"metric_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"target" bigint NOT NULL,
	"method" jsonb,
	"history_base" text DEFAULT 'same_period_last_year' NOT NULL,
	"team_targets" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "plan_metrics_plan_id_metric_id_pk" PRIMARY KEY("plan_id","metric_id"),
	CONSTRAINT "plan_metrics_history_base_check" CHECK ("history_base" in ('same_period_last_year', 'trailing_12_months')),
	CONSTRAINT "plan_metrics_target_check" CHECK ("plan_metrics"."target" >= 0)
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"workspace_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"change" text NOT NULL,
	"detail" jsonb,
	"input" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_versions_plan_id_version_pk" PRIMARY KEY("plan_id","version"),
	CONSTRAINT "plan_versions_status_check" CHECK ("status" in ('draft', 'submitted', 'approved', 'published'))
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"period_kind" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"split" text DEFAULT 'month' NOT NULL,
	"seasonality" double precision[],
	"allocation" text DEFAULT 'direct' NOT NULL,
	"method" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"potential_factors" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	CONSTRAINT "plans_period_kind_check" CHECK ("period_kind" in ('year', 'quarter', 'month')),
	CONSTRAINT "plans_split_check" CHECK ("split" in ('month', 'quarter')),
	CONSTRAINT "plans_allocation_check" CHECK ("allocation" in ('direct', 'top_down')),
	CONSTRAINT "plans_status_check" CHECK ("status" in ('draft', 'submitted', 'approved', 'published')),
	CONSTRAINT "plans_period_check" CHECK ("plans"."period_end" >= "plans"."period_start")
);
--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_action_check";--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_entity_check";--> statement-breakpoint
ALTER TABLE "plan_adjustments" ADD CONSTRAINT "plan_adjustments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_adjustments" ADD CONSTRAINT "plan_adjustments_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_adjustments" ADD CONSTRAINT "plan_adjustments_rep_id_reps_id_fk" FOREIGN KEY ("rep_id") REFERENCES "public"."reps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_adjustments" ADD CONSTRAINT "plan_adjustments_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_metrics" ADD CONSTRAINT "plan_metrics_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_metrics" ADD CONSTRAINT "plan_metrics_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_metrics" ADD CONSTRAINT "plan_metrics_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plans_workspace_idx" ON "plans" USING btree ("workspace_id","created_at");--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_action_check" CHECK ("action" in ('create', 'update', 'delete', 'owner_change', 'login', 'revoke', 'publish', 'submit', 'approve', 'adjust', 'recalculate', 'revise'));--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_entity_check" CHECK ("entity" in ('workspace', 'user', 'api_token', 'team', 'rep', 'territory', 'product', 'account', 'lead', 'opportunity', 'activity', 'routing_policy', 'intake_source', 'metric', 'plan'));--> statement-breakpoint
-- A plan version, once written, stays as it was: every version remains viewable as it stood.
CREATE OR REPLACE FUNCTION plan_versions_unchanged() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'plan_versions rows cannot be changed';
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER plan_versions_no_update BEFORE UPDATE ON "plan_versions"
  FOR EACH ROW EXECUTE FUNCTION plan_versions_unchanged();
