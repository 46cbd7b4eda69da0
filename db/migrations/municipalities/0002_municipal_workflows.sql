CREATE TYPE "municipalities"."booking_party" AS ENUM('MUNICIPALITY', 'CLUSTER');--> statement-breakpoint
CREATE TYPE "municipalities"."booking_status" AS ENUM('REQUESTED', 'CONFIRMED', 'DECLINED', 'CANCELLED', 'HELD');--> statement-breakpoint
CREATE TYPE "municipalities"."municipal_package" AS ENUM('ACUTE_FUNCTIONS', 'PREVENTION_AND_REHABILITATION');--> statement-breakpoint
CREATE TYPE "municipalities"."offer_kind" AS ENUM('ACUTE_FUNCTION', 'PREVENTION_AND_REHABILITATION');--> statement-breakpoint
CREATE TABLE "municipalities"."booking_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"from_status" "municipalities"."booking_status",
	"to_status" "municipalities"."booking_status" NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "municipalities"."booking_slots" (
	"booking_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "booking_slots_booking_id_position_pk" PRIMARY KEY("booking_id","position"),
	CONSTRAINT "booking_slots_ordered" CHECK ("municipalities"."booking_slots"."ends_at" > "municipalities"."booking_slots"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "municipalities"."municipal_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" text NOT NULL,
	"kind" "municipalities"."offer_kind" NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"target_group" text NOT NULL,
	"referral_procedure" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "municipalities"."package_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" text NOT NULL,
	"cluster_id" uuid NOT NULL,
	"package" "municipalities"."municipal_package" NOT NULL,
	"status" "municipalities"."booking_status" DEFAULT 'REQUESTED' NOT NULL,
	"idempotency_key" text NOT NULL,
	"presenter_name" text NOT NULL,
	"presenter_job_title" text NOT NULL,
	"talks" jsonb NOT NULL,
	"pre_meeting_starts_at" timestamp with time zone NOT NULL,
	"pre_meeting_ends_at" timestamp with time zone NOT NULL,
	"confirmed_starts_at" timestamp with time zone,
	"confirmed_ends_at" timestamp with time zone,
	"decline_reason" text,
	"cancelled_by" "municipalities"."booking_party",
	"cancel_reason" text,
	"follow_up_of" uuid,
	"requested_by" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "package_bookings_confirmed_slot_complete" CHECK (("municipalities"."package_bookings"."confirmed_starts_at" is null) = ("municipalities"."package_bookings"."confirmed_ends_at" is null)),
	CONSTRAINT "package_bookings_confirmed_when_confirmed" CHECK ("municipalities"."package_bookings"."status" not in ('CONFIRMED', 'HELD') or "municipalities"."package_bookings"."confirmed_starts_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "municipalities"."referral_count_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"month" date NOT NULL,
	"referrals" integer NOT NULL,
	"recorded_by" text NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL,
	"replaced_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities"."referral_counts" (
	"offer_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"month" date NOT NULL,
	"referrals" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "referral_counts_offer_id_cluster_id_month_pk" PRIMARY KEY("offer_id","cluster_id","month"),
	CONSTRAINT "referral_counts_non_negative" CHECK ("municipalities"."referral_counts"."referrals" >= 0),
	CONSTRAINT "referral_counts_first_of_month" CHECK (extract(day from "municipalities"."referral_counts"."month") = 1)
);
--> statement-breakpoint
ALTER TABLE "municipalities"."booking_events" ADD CONSTRAINT "booking_events_booking_id_package_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "municipalities"."package_bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."booking_slots" ADD CONSTRAINT "booking_slots_booking_id_package_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "municipalities"."package_bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."municipal_offers" ADD CONSTRAINT "municipal_offers_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."package_bookings" ADD CONSTRAINT "package_bookings_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."package_bookings" ADD CONSTRAINT "package_bookings_follow_up_of_package_bookings_id_fk" FOREIGN KEY ("follow_up_of") REFERENCES "municipalities"."package_bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."referral_counts" ADD CONSTRAINT "referral_counts_offer_id_municipal_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "municipalities"."municipal_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booking_events_booking_id_idx" ON "municipalities"."booking_events" USING btree ("booking_id","at");--> statement-breakpoint
CREATE INDEX "municipal_offers_municipality_code_idx" ON "municipalities"."municipal_offers" USING btree ("municipality_code");--> statement-breakpoint
CREATE UNIQUE INDEX "package_bookings_idempotency_key_idx" ON "municipalities"."package_bookings" USING btree ("municipality_code","idempotency_key");--> statement-breakpoint
CREATE INDEX "package_bookings_cluster_id_idx" ON "municipalities"."package_bookings" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "package_bookings_municipality_code_idx" ON "municipalities"."package_bookings" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "referral_count_revisions_key_idx" ON "municipalities"."referral_count_revisions" USING btree ("offer_id","cluster_id","month");--> statement-breakpoint
CREATE INDEX "referral_counts_cluster_id_idx" ON "municipalities"."referral_counts" USING btree ("cluster_id","month");