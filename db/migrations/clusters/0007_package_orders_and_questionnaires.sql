CREATE TYPE "clusters"."order_status" AS ENUM('ORDERED', 'PREPARING', 'HELD', 'CLOSED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "clusters"."practice_form" AS ENUM('SOLO', 'SHARED');--> statement-breakpoint
CREATE TYPE "clusters"."round_purpose" AS ENUM('BEFORE_MEETING', 'FOLLOW_UP', 'CLUSTER_OWN');--> statement-breakpoint
CREATE TABLE "clusters"."order_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"name" text NOT NULL,
	"organisation" text NOT NULL,
	"role" text,
	CONSTRAINT "order_participants_name_bounded" CHECK ("clusters"."order_participants"."name" is null or (char_length("clusters"."order_participants"."name") <= 200 and "clusters"."order_participants"."name" ~ '[^[:space:]\u0085\u00A0\u180E\u200B-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]')),
	CONSTRAINT "order_participants_organisation_bounded" CHECK ("clusters"."order_participants"."organisation" is null or (char_length("clusters"."order_participants"."organisation") <= 200 and "clusters"."order_participants"."organisation" ~ '[^[:space:]\u0085\u00A0\u180E\u200B-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]')),
	CONSTRAINT "order_participants_role_bounded" CHECK ("clusters"."order_participants"."role" is null or (char_length("clusters"."order_participants"."role") <= 200))
);
--> statement-breakpoint
CREATE TABLE "clusters"."package_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"package_id" text NOT NULL,
	"status" "clusters"."order_status" DEFAULT 'ORDERED' NOT NULL,
	"ordered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ordered_by" text NOT NULL,
	"wishes" text,
	"municipality_code" text,
	"follow_up_of" uuid,
	"consultant" text,
	"call_held_on" date,
	"call_note" text,
	"held_on" date,
	"focus_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"closed_at" timestamp with time zone,
	"cancellation_reason" text,
	CONSTRAINT "package_orders_wishes_bounded" CHECK ("clusters"."package_orders"."wishes" is null or (char_length("clusters"."package_orders"."wishes") <= 2000)),
	CONSTRAINT "package_orders_consultant_bounded" CHECK ("clusters"."package_orders"."consultant" is null or (char_length("clusters"."package_orders"."consultant") <= 200)),
	CONSTRAINT "package_orders_call_note_bounded" CHECK ("clusters"."package_orders"."call_note" is null or (char_length("clusters"."package_orders"."call_note") <= 2000)),
	CONSTRAINT "package_orders_cancellation_bounded" CHECK ("clusters"."package_orders"."cancellation_reason" is null or (char_length("clusters"."package_orders"."cancellation_reason") <= 1000)),
	CONSTRAINT "package_orders_municipality_format" CHECK ("clusters"."package_orders"."municipality_code" is null or "clusters"."package_orders"."municipality_code" ~ '^[0-9]{3}$'),
	CONSTRAINT "package_orders_focus_areas_bounded" CHECK (cardinality("clusters"."package_orders"."focus_areas") <= 10)
);
--> statement-breakpoint
CREATE TABLE "clusters"."practice_steps" (
	"order_id" uuid NOT NULL,
	"provider_number" text NOT NULL,
	"steps" text NOT NULL,
	CONSTRAINT "practice_steps_order_id_provider_number_pk" PRIMARY KEY("order_id","provider_number"),
	CONSTRAINT "practice_steps_bounded" CHECK ("clusters"."practice_steps"."steps" is null or (char_length("clusters"."practice_steps"."steps") <= 2000 and "clusters"."practice_steps"."steps" ~ '[^[:space:]\u0085\u00A0\u180E\u200B-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]'))
);
--> statement-breakpoint
CREATE TABLE "clusters"."questionnaire_respondents" (
	"round_id" uuid NOT NULL,
	"respondent" text NOT NULL,
	CONSTRAINT "questionnaire_respondents_round_id_respondent_pk" PRIMARY KEY("round_id","respondent")
);
--> statement-breakpoint
CREATE TABLE "clusters"."questionnaire_responses" (
	"response_key" text PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"practice_form" "clusters"."practice_form" NOT NULL,
	"answers" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clusters"."questionnaire_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"order_id" uuid,
	"purpose" "clusters"."round_purpose" NOT NULL,
	"title" text NOT NULL,
	"questions" jsonb NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" text NOT NULL,
	CONSTRAINT "questionnaire_rounds_window" CHECK ("clusters"."questionnaire_rounds"."closes_on" >= "clusters"."questionnaire_rounds"."opens_on"),
	CONSTRAINT "questionnaire_rounds_title_bounded" CHECK ("clusters"."questionnaire_rounds"."title" is null or (char_length("clusters"."questionnaire_rounds"."title") <= 200 and "clusters"."questionnaire_rounds"."title" ~ '[^[:space:]\u0085\u00A0\u180E\u200B-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]'))
);
--> statement-breakpoint
CREATE TABLE "clusters"."questionnaire_templates" (
	"package_id" text PRIMARY KEY NOT NULL,
	"questions" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clusters"."packages" ADD COLUMN "region_code" text;--> statement-breakpoint
-- The one regional package of the demo catalogue is Region Midtjylland's (1082); a regional package must now name its region.
UPDATE "clusters"."packages" SET "region_code" = '1082' WHERE "publisher" = 'REGIONAL_QUALITY_UNIT';--> statement-breakpoint
ALTER TABLE "clusters"."order_participants" ADD CONSTRAINT "order_participants_order_id_package_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "clusters"."package_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters"."package_orders" ADD CONSTRAINT "package_orders_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters"."package_orders" ADD CONSTRAINT "package_orders_package_id_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "clusters"."packages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters"."practice_steps" ADD CONSTRAINT "practice_steps_order_id_package_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "clusters"."package_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters"."questionnaire_respondents" ADD CONSTRAINT "questionnaire_respondents_round_id_questionnaire_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "clusters"."questionnaire_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters"."questionnaire_responses" ADD CONSTRAINT "questionnaire_responses_round_id_questionnaire_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "clusters"."questionnaire_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters"."questionnaire_rounds" ADD CONSTRAINT "questionnaire_rounds_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters"."questionnaire_rounds" ADD CONSTRAINT "questionnaire_rounds_order_id_package_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "clusters"."package_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters"."questionnaire_templates" ADD CONSTRAINT "questionnaire_templates_package_id_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "clusters"."packages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_participants_order_idx" ON "clusters"."order_participants" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "order_participants_once" ON "clusters"."order_participants" USING btree ("order_id",lower("name"),lower("organisation"));--> statement-breakpoint
CREATE INDEX "package_orders_cluster_idx" ON "clusters"."package_orders" USING btree ("cluster_id","ordered_at");--> statement-breakpoint
CREATE INDEX "package_orders_status_idx" ON "clusters"."package_orders" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "package_orders_one_open_per_package" ON "clusters"."package_orders" USING btree ("cluster_id","package_id") WHERE "clusters"."package_orders"."status" in ('ORDERED', 'PREPARING') and "clusters"."package_orders"."follow_up_of" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "package_orders_one_follow_up" ON "clusters"."package_orders" USING btree ("follow_up_of") WHERE "clusters"."package_orders"."status" <> 'CANCELLED';--> statement-breakpoint
CREATE INDEX "questionnaire_responses_round_idx" ON "clusters"."questionnaire_responses" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "questionnaire_rounds_cluster_idx" ON "clusters"."questionnaire_rounds" USING btree ("cluster_id");--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_rounds_one_per_order" ON "clusters"."questionnaire_rounds" USING btree ("order_id");--> statement-breakpoint
ALTER TABLE "clusters"."packages" ADD CONSTRAINT "packages_regional_publisher_has_region" CHECK (("clusters"."packages"."publisher" = 'REGIONAL_QUALITY_UNIT') = ("clusters"."packages"."region_code" is not null));--> statement-breakpoint
ALTER TABLE "clusters"."packages" ADD CONSTRAINT "packages_name_bounded" CHECK ("clusters"."packages"."name" is null or (char_length("clusters"."packages"."name") <= 200 and "clusters"."packages"."name" ~ '[^[:space:]\u0085\u00A0\u180E\u200B-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]'));--> statement-breakpoint
ALTER TABLE "clusters"."packages" ADD CONSTRAINT "packages_description_bounded" CHECK ("clusters"."packages"."description" is null or (char_length("clusters"."packages"."description") <= 2000 and "clusters"."packages"."description" ~ '[^[:space:]\u0085\u00A0\u180E\u200B-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]'));--> statement-breakpoint
ALTER TABLE "clusters"."packages" ADD CONSTRAINT "packages_data_source_bounded" CHECK ("clusters"."packages"."data_source" is null or (char_length("clusters"."packages"."data_source") <= 500 and "clusters"."packages"."data_source" ~ '[^[:space:]\u0085\u00A0\u180E\u200B-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]'));