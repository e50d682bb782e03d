-- Everything any agency recorded about a child: one row per event, typed by the versioned taxonomy in EventType.
create table chronology_event (
    id              uuid primary key,
    person_id       uuid not null,
    type            text not null,
    type_version    integer not null,
    organisation_id uuid not null,
    recorded_by     text not null,
    recorder_user_id uuid,
    occurred_at     timestamptz not null,
    recorded_at     timestamptz not null,
    received_at     timestamptz not null default now(),
    source_system   text not null,
    source_ref      text not null,
    sensitivity     text not null check (sensitivity in ('STANDARD', 'SENSITIVE', 'RESTRICTED')),
    summary         text not null,
    child_words     text,
    details         jsonb not null default '{}'::jsonb,
    unique (source_system, source_ref),
    check (recorded_at >= occurred_at - interval '1 day')
);
create index chronology_event_person_time on chronology_event (person_id, occurred_at desc, id);
create index chronology_event_recorder on chronology_event (recorder_user_id) where recorder_user_id is not null;

-- For "new since you last looked".
create table chronology_last_viewed (
    user_id   uuid not null,
    person_id uuid not null,
    viewed_at timestamptz not null,
    primary key (user_id, person_id)
);
