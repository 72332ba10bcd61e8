-- Issue 13: a notice links to the thing itself (the session, the plan, the activity), so the inbox opens it.
ALTER TABLE planning.deliveries ADD COLUMN link varchar(300);
