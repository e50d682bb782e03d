-- Spring Modulith now deletes a listener's publication once the listener has finished
-- (spring.modulith.events.completion-mode=delete) instead of stamping a completion date and keeping it: every batch of
-- accepted events is stored once per listener, so the kept rows grew by about 1.3 MB per thousand events imported.
-- Only incomplete publications remain, the ones still to be handled (or republished after a restart).
delete from event_publication where completion_date is not null;

-- Publications are completed by their id. The hash index over the whole serialized event served only lookups by
-- event, and cost a hash of up to hundreds of kilobytes on every insert.
drop index if exists event_publication_serialized_event_hash_idx;
