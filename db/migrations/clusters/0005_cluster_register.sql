CREATE TYPE "clusters"."handover_status" AS ENUM('OFFERED', 'ACCEPTED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "clusters"."register_action" AS ENUM('PRACTICE_ADDED', 'PRACTICE_CHANGED', 'PRACTICE_REMOVED', 'MEMBER_ADDED', 'MEMBER_REMOVED', 'OFFICER_REGISTERED', 'OFFICER_REMOVED', 'HANDOVER_OFFERED', 'HANDOVER_ACCEPTED', 'HANDOVER_CANCELLED', 'REGISTER_CONFIRMED');--> statement-breakpoint
ALTER TYPE "clusters"."contact_field" ADD VALUE 'NAME';--> statement-breakpoint
CREATE TABLE "clusters"."coordinator_handovers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"status" "clusters"."handover_status" DEFAULT 'OFFERED' NOT NULL,
	"from_name" text NOT NULL,
	"to_member_id" uuid NOT NULL,
	"to_name" text NOT NULL,
	"offered_by" text NOT NULL,
	"offered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "clusters"."fund_rates" (
	"year" integer PRIMARY KEY NOT NULL,
	"dkk_per_patient" numeric(8, 2) NOT NULL,
	CONSTRAINT "fund_rates_positive" CHECK ("clusters"."fund_rates"."dkk_per_patient" > 0 and "clusters"."fund_rates"."dkk_per_patient" < 1000)
);
--> statement-breakpoint
CREATE TABLE "clusters"."members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"provider_number" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "members_name_bounded" CHECK ("clusters"."members"."name" is null or (char_length("clusters"."members"."name") <= 200 and "clusters"."members"."name" ~ '[^[:space:]\u0085\u00A0\u180E\u200B-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]')),
	CONSTRAINT "members_email_bounded" CHECK ("clusters"."members"."email" is null or (char_length("clusters"."members"."email") <= 320 and "clusters"."members"."email" ~ '[^[:space:]\u0085\u00A0\u180E\u200B-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]'))
);
--> statement-breakpoint
CREATE TABLE "clusters"."practice_departures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"provider_number" text NOT NULL,
	"practice_name" text NOT NULL,
	"quality_visit_requested" boolean NOT NULL,
	"note" text,
	"left_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_departures_note_bounded" CHECK ("clusters"."practice_departures"."note" is null or (char_length("clusters"."practice_departures"."note") <= 2000))
);
--> statement-breakpoint
CREATE TABLE "clusters"."register_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" "clusters"."register_action" NOT NULL,
	"detail" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clusters"."register_versions" (
	"cluster_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_by" text NOT NULL,
	"practices" jsonb NOT NULL,
	"members" jsonb NOT NULL,
	CONSTRAINT "register_versions_cluster_id_year_pk" PRIMARY KEY("cluster_id","year"),
	CONSTRAINT "register_versions_year_in_range" CHECK ("clusters"."register_versions"."year" between 2007 and 2099)
);
--> statement-breakpoint
ALTER TABLE "clusters"."contact_access_log" ALTER COLUMN "officer_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "clusters"."contact_access_log" ADD COLUMN "member_id" uuid;--> statement-breakpoint
ALTER TABLE "clusters"."coordinator_handovers" ADD CONSTRAINT "coordinator_handovers_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters"."members" ADD CONSTRAINT "members_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters"."members" ADD CONSTRAINT "members_provider_number_practices_provider_number_fk" FOREIGN KEY ("provider_number") REFERENCES "clusters"."practices"("provider_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters"."practice_departures" ADD CONSTRAINT "practice_departures_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters"."register_events" ADD CONSTRAINT "register_events_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters"."register_versions" ADD CONSTRAINT "register_versions_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "coordinator_handovers_one_open" ON "clusters"."coordinator_handovers" USING btree ("cluster_id") WHERE "clusters"."coordinator_handovers"."status" = 'OFFERED';--> statement-breakpoint
CREATE INDEX "members_cluster_id_idx" ON "clusters"."members" USING btree ("cluster_id");--> statement-breakpoint
CREATE UNIQUE INDEX "members_cluster_email_key" ON "clusters"."members" USING btree ("cluster_id",lower("email"));--> statement-breakpoint
CREATE INDEX "practice_departures_region_idx" ON "clusters"."practice_departures" USING btree ("region_code","left_at");--> statement-breakpoint
CREATE INDEX "register_events_cluster_at_idx" ON "clusters"."register_events" USING btree ("cluster_id","at");--> statement-breakpoint
ALTER TABLE "clusters"."contact_access_log" ADD CONSTRAINT "contact_access_log_whose" CHECK (("clusters"."contact_access_log"."officer_id" is null) <> ("clusters"."contact_access_log"."member_id" is null));--> statement-breakpoint
-- A cluster always has exactly one coordinator: checked when each transaction commits, so a
-- handover may remove the old coordinator and register the new one in either order.
CREATE FUNCTION "clusters"."check_one_coordinator"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cluster uuid := COALESCE(NEW."cluster_id", OLD."cluster_id");
  coordinators int;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "clusters"."clusters" WHERE "id" = cluster) THEN
    RETURN NULL; -- the cluster itself is gone
  END IF;
  SELECT count(*) INTO coordinators FROM "clusters"."officers" WHERE "cluster_id" = cluster AND "role" = 'COORDINATOR';
  IF coordinators <> 1 THEN
    RAISE EXCEPTION 'a cluster has exactly one coordinator' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "officers_exactly_one_coordinator"
  AFTER INSERT OR UPDATE OR DELETE ON "clusters"."officers"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "clusters"."check_one_coordinator"();
--> statement-breakpoint
CREATE TRIGGER "register_events_append_only"
  BEFORE UPDATE OR DELETE OR TRUNCATE ON "clusters"."register_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "clusters"."refuse_change_to_record"();
--> statement-breakpoint
-- Cluster funds per group-1 patient (KiAP's handbook: 3.55 DKK in 2024); KiAP adds each new year's.
INSERT INTO "clusters"."fund_rates" ("year", "dkk_per_patient") VALUES (2024, 3.55) ON CONFLICT DO NOTHING;
