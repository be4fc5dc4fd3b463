-- Fuzzy person search (trigram similarity, sound-alikes) and case-insensitive text such as e-mail addresses.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
CREATE EXTENSION IF NOT EXISTS citext;
