-- Agency systems (police, health, school and social care case-management systems) send events with a
-- per-organisation API key. Keys are 32 random bytes, so a plain SHA-256 of the key is enough to store: only the hash
-- is kept, and the key itself is shown once, when it is issued.
create table access_api_key (
    id              uuid primary key,
    organisation_id uuid not null,
    name            text not null,
    key_prefix      text not null,
    key_hash        text not null unique,
    created_by      uuid not null,
    created_at      timestamptz not null,
    revoked_by      uuid,
    revoked_at      timestamptz
);
create index access_api_key_organisation on access_api_key (organisation_id, created_at desc);

-- Agency records whose person could not be linked with certainty. The incoming person is registered as a new
-- (provisional) child so that the event is never attached to the wrong child; a person decides later whether the two
-- are the same. Identifiers the incoming record carried but another child already holds are kept here, not lost.
create table identity_match_review (
    id                   uuid primary key,
    incoming_person_id   uuid not null references identity_person (id),
    candidate_person_id  uuid not null references identity_person (id),
    probability          numeric(6, 5) not null check (probability between 0 and 1),
    evidence             jsonb not null,
    withheld_identifiers jsonb not null default '[]'::jsonb,
    source               text not null,
    status               text not null default 'OPEN' check (status in ('OPEN', 'SAME', 'DIFFERENT')),
    created_at           timestamptz not null
);
create index identity_match_review_open on identity_match_review (created_at) where status = 'OPEN';
create index identity_match_review_incoming on identity_match_review (incoming_person_id);
