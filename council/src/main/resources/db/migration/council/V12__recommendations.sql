-- 000 §2.3, 001 §7.7–7.8: a decision recommending a teacher says what for (a category, a title, an award, a nomination).
ALTER TABLE council.protocol_entries ADD COLUMN recommended_for varchar(30);
ALTER TABLE council.protocol_entries ADD COLUMN recommended_what varchar(300);
