CREATE TABLE "metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"unit" text NOT NULL,
	"precision" integer DEFAULT 0 NOT NULL,
	"direction" text NOT NULL,
	"rule" jsonb NOT NULL,
	"builtin" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "metrics_kind_check" CHECK ("kind" in ('amount', 'count', 'rate')),
	CONSTRAINT "metrics_direction_check" CHECK ("direction" in ('higher_better', 'lower_better')),
	CONSTRAINT "metrics_precision_check" CHECK ("metrics"."precision" between 0 and 4),
	CONSTRAINT "metrics_rule_kind_check" CHECK ("metrics"."rule"->>'kind' in ('won_amount', 'first_won_accounts', 'activities', 'lead_conversion', 'account_score'))
);
--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_entity_check";--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "satisfaction" integer;--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "metrics_workspace_key_uq" ON "metrics" USING btree ("workspace_id","key");--> statement-breakpoint
CREATE INDEX "opportunities_won_idx" ON "opportunities" USING btree ("workspace_id","won_at");--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_satisfaction_check" CHECK ("accounts"."satisfaction" is null or ("accounts"."satisfaction" between 0 and 100));--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_entity_check" CHECK ("entity" in ('workspace', 'user', 'api_token', 'team', 'rep', 'territory', 'product', 'account', 'lead', 'opportunity', 'activity', 'routing_policy', 'intake_source', 'metric'));