-- Reads of contact details are a record: nobody changes or removes one, not even the owner
-- by accident. (The subgraph's role has no UPDATE or DELETE grant either.)
CREATE FUNCTION "clusters"."refuse_change_to_record"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "contact_access_log_append_only"
  BEFORE UPDATE OR DELETE OR TRUNCATE ON "clusters"."contact_access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "clusters"."refuse_change_to_record"();
