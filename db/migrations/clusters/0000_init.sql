CREATE SCHEMA "clusters";
--> statement-breakpoint
CREATE TYPE "clusters"."meeting_format" AS ENUM('IN_PERSON', 'HYBRID', 'ONLINE');--> statement-breakpoint
CREATE TYPE "clusters"."municipal_package" AS ENUM('ACUTE_FUNCTIONS', 'PREVENTION_AND_REHABILITATION');--> statement-breakpoint
CREATE TYPE "clusters"."officer_role" AS ENUM('COORDINATOR', 'TREASURER', 'SECRETARY', 'BOARD_MEMBER');--> statement-breakpoint
CREATE TYPE "clusters"."package_publisher" AS ENUM('KIAP', 'REGIONAL_QUALITY_UNIT');--> statement-breakpoint
CREATE TABLE "clusters"."cluster_municipalities" (
	"cluster_id" uuid NOT NULL,
	"municipality_code" text NOT NULL,
	CONSTRAINT "cluster_municipalities_cluster_id_municipality_code_pk" PRIMARY KEY("cluster_id","municipality_code")
);
--> statement-breakpoint
CREATE TABLE "clusters"."clusters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"founded_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clusters_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "clusters"."meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"topic" text NOT NULL,
	"package_id" text,
	"format" "clusters"."meeting_format" NOT NULL,
	CONSTRAINT "meetings_ends_after_start" CHECK ("clusters"."meetings"."ends_at" > "clusters"."meetings"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "clusters"."officers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"role" "clusters"."officer_role" NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clusters"."packages" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"publisher" "clusters"."package_publisher" NOT NULL,
	"municipal_package" "clusters"."municipal_package",
	"description" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"data_source" text NOT NULL,
	CONSTRAINT "packages_municipal_package_unique" UNIQUE("municipal_package"),
	CONSTRAINT "packages_duration_positive" CHECK ("clusters"."packages"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "clusters"."practices" (
	"provider_number" text PRIMARY KEY NOT NULL,
	"cluster_id" uuid NOT NULL,
	"name" text NOT NULL,
	"doctor_count" integer NOT NULL,
	"listed_patients" integer NOT NULL,
	CONSTRAINT "practices_provider_number_format" CHECK ("clusters"."practices"."provider_number" ~ '^[0-9]{6}$'),
	CONSTRAINT "practices_doctor_count_positive" CHECK ("clusters"."practices"."doctor_count" > 0),
	CONSTRAINT "practices_listed_patients_non_negative" CHECK ("clusters"."practices"."listed_patients" >= 0)
);
--> statement-breakpoint
ALTER TABLE "clusters"."cluster_municipalities" ADD CONSTRAINT "cluster_municipalities_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters"."meetings" ADD CONSTRAINT "meetings_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters"."meetings" ADD CONSTRAINT "meetings_package_id_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "clusters"."packages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters"."officers" ADD CONSTRAINT "officers_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters"."practices" ADD CONSTRAINT "practices_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cluster_municipalities_municipality_code_idx" ON "clusters"."cluster_municipalities" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "clusters_region_code_idx" ON "clusters"."clusters" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "meetings_cluster_id_starts_at_idx" ON "clusters"."meetings" USING btree ("cluster_id","starts_at");--> statement-breakpoint
CREATE INDEX "officers_cluster_id_idx" ON "clusters"."officers" USING btree ("cluster_id");--> statement-breakpoint
CREATE UNIQUE INDEX "officers_one_coordinator_per_cluster" ON "clusters"."officers" USING btree ("cluster_id") WHERE "clusters"."officers"."role" = 'COORDINATOR';--> statement-breakpoint
CREATE INDEX "practices_cluster_id_idx" ON "clusters"."practices" USING btree ("cluster_id");