-- 003 §4.1: the chair (a deputy) may be replaced during the year; the reason stays with the seat that ended.
ALTER TABLE council.seats ADD COLUMN ended_because varchar(500);
