-- The catalogue's description of "Samarbejde og fællesskab" was another package's text; this is
-- the package as KiAP describes it (seed 003). Only the old text is replaced: an edited one is kept.
UPDATE "clusters"."packages"
SET "description" = 'Samarbejdet i klinikken og det kollegiale fællesskab blandt lægerne: ledelse af klinikken, struktur for samarbejdet, samarbejdskultur og kollegial støtte i og uden for klinikken. Klyngen drøfter resultaterne af et spørgeskema til medlemmerne og planlægger, hvordan den enkelte klinik arbejder videre.',
    "data_source" = 'Spørgeskema til klyngens medlemmer (ti spørgsmål om ledelse, samarbejde og kollegial støtte)'
WHERE "id" = 'samarbejde-og-faellesskab' AND "description" = 'Klyngens forventninger til møderne og hvordan fællesskabet bidrager til kvalitet i egen klinik.';
