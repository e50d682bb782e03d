-- A finding's fingerprint was its evidence's event ids joined by commas; a pattern over ~70 or more events overflowed
-- the unique index's row limit, and the failed insert rolled back the whole batch's judgement. It is now the SHA-256
-- (hex) of that same text (moments.rules.RuleMatch.fingerprint), so stored fingerprints are rewritten alike and
-- patterns found before are still recognised.
update moments_finding set fingerprint = encode(sha256(convert_to(fingerprint, 'UTF8')), 'hex')
where length(fingerprint) <> 64 or fingerprint !~ '^[0-9a-f]{64}$';
