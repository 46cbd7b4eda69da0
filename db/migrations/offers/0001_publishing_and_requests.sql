CREATE TYPE "offers"."offer_audience" AS ENUM('ALL_CLUSTERS_IN_REGION', 'NAMED_CLUSTERS');--> statement-breakpoint
CREATE TYPE "offers"."offer_request_status" AS ENUM('REQUESTED', 'ACCEPTED', 'DECLINED');--> statement-breakpoint
CREATE TABLE "offers"."offer_audience_clusters" (
	"offer_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	CONSTRAINT "offer_audience_clusters_offer_id_cluster_id_pk" PRIMARY KEY("offer_id","cluster_id")
);
--> statement-breakpoint
CREATE TABLE "offers"."offer_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"status" "offers"."offer_request_status" DEFAULT 'REQUESTED' NOT NULL,
	"message" text NOT NULL,
	"requested_by" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reply" text,
	"answered_by" text,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "offers"."regional_offer_versions" (
	"offer_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL,
	"replaced_by" text NOT NULL,
	CONSTRAINT "regional_offer_versions_offer_id_version_pk" PRIMARY KEY("offer_id","version")
);
--> statement-breakpoint
ALTER TABLE "offers"."regional_offers" ADD COLUMN "audience" "offers"."offer_audience" DEFAULT 'ALL_CLUSTERS_IN_REGION' NOT NULL;--> statement-breakpoint
ALTER TABLE "offers"."regional_offers" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "offers"."regional_offers" ADD COLUMN "updated_by" text DEFAULT 'seed' NOT NULL;--> statement-breakpoint
ALTER TABLE "offers"."regional_offers" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "offers"."regional_offers" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "offers"."offer_audience_clusters" ADD CONSTRAINT "offer_audience_clusters_offer_id_regional_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "offers"."regional_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers"."offer_requests" ADD CONSTRAINT "offer_requests_offer_id_regional_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "offers"."regional_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers"."regional_offer_versions" ADD CONSTRAINT "regional_offer_versions_offer_id_regional_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "offers"."regional_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "offer_audience_clusters_cluster_id_idx" ON "offers"."offer_audience_clusters" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "offer_requests_offer_id_idx" ON "offers"."offer_requests" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "offer_requests_cluster_id_idx" ON "offers"."offer_requests" USING btree ("cluster_id");--> statement-breakpoint
UPDATE "offers"."regional_offers" SET "published_at" = "created_at" WHERE "status" <> 'DRAFT';
--> statement-breakpoint
UPDATE "offers"."regional_offers" SET "archived_at" = "updated_at" WHERE "status" = 'ARCHIVED';
--> statement-breakpoint
-- Earlier versions of published offers are a record: nobody changes or removes one.
CREATE FUNCTION "offers"."refuse_change_to_record"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "regional_offer_versions_append_only"
  BEFORE UPDATE OR DELETE OR TRUNCATE ON "offers"."regional_offer_versions"
  FOR EACH STATEMENT EXECUTE FUNCTION "offers"."refuse_change_to_record"();
