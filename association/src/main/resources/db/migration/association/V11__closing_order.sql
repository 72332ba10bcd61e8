-- 001 §6.1: an association is closed, like opened, by the director's order (number and date).
ALTER TABLE association.associations ADD COLUMN closing_order_number varchar(30);
ALTER TABLE association.associations ADD COLUMN closing_order_date date;
