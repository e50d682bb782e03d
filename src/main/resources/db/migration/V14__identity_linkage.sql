-- Live matching by the linkage engine: the models it learned, and the agency records it linked, to learn from.

-- Each training run's numbers (linkage LinkageModel.Parameters as JSON). The newest row is the model in use; older
-- rows are kept to show what changed and to go back to one.
create table identity_linkage_model (
    id              bigserial primary key,
    trained_at      timestamptz not null,
    register_people integer not null,
    agency_records  integer not null,
    merged_records  integer not null,
    labelled_pairs  integer not null,
    training_ms     integer not null,
    parameters      jsonb not null,
    summary         jsonb not null
);

-- A person as an agency sent them, when the record was linked automatically to a child already in the register
-- (new and provisional children are registered from the agency's record itself, so the register already holds
-- those). These are the duplicates the engine learns agencies' spelling, typing and date errors from.
create table identity_agency_record (
    id            uuid primary key,
    person_id     uuid not null references identity_person (id),
    source        text not null,
    given_names   text not null,
    family_name   text not null,
    other_names   text[] not null,
    date_of_birth date not null,
    sex           text not null,
    postcode      text,
    address_line  text,
    identifiers   jsonb not null,
    received_at   timestamptz not null
);
create index identity_agency_record_received on identity_agency_record (received_at);
create index identity_agency_record_person on identity_agency_record (person_id);
