-- The offer of help recorded on the child's chronology when a practitioner acted on an alert, if it was.
-- (Added here rather than in V20, which had landed; "if not exists" because development databases created while the
-- column briefly sat in V20 already have it.)
alter table moments_alert add column if not exists action_event_id uuid;
