-- A cluster never has two confirmed (or held) package meetings that overlap: Postgres
-- refuses the second, however many requests race for it.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "municipalities"."package_bookings"
  ADD CONSTRAINT "package_bookings_no_overlap"
  EXCLUDE USING gist ("cluster_id" WITH =, tstzrange("confirmed_starts_at", "confirmed_ends_at", '[)') WITH &&)
  WHERE ("status" IN ('CONFIRMED', 'HELD'));
--> statement-breakpoint
-- Booking history and replaced referral figures are records: nobody changes or removes one.
CREATE FUNCTION "municipalities"."refuse_change_to_record"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "booking_events_append_only"
  BEFORE UPDATE OR DELETE OR TRUNCATE ON "municipalities"."booking_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "municipalities"."refuse_change_to_record"();
--> statement-breakpoint
CREATE TRIGGER "referral_count_revisions_append_only"
  BEFORE UPDATE OR DELETE OR TRUNCATE ON "municipalities"."referral_count_revisions"
  FOR EACH STATEMENT EXECUTE FUNCTION "municipalities"."refuse_change_to_record"();
