-- A signed protocol shows what was frozen when it was signed (the shared kernel's FrozenPaper): the school's
-- title, who was present and absent, the signers with their positions. A later rename changes none of it.
-- Protocols signed before this migration are frozen once at the next start (FrozenProtocolsBackfill).
ALTER TABLE council.protocols ADD COLUMN frozen jsonb;
