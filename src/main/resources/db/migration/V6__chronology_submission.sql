-- Information shared by contributors (schools, police, health, youth workers). Linked to a child when the details
-- identify exactly one; otherwise kept, awaiting identification, so nothing shared is ever lost.
create table chronology_submission (
    id            uuid primary key,
    submitted_by  uuid not null,
    submitted_at  timestamptz not null,
    given_names   text not null,
    family_name   text not null,
    date_of_birth date not null,
    nhs_number    text,
    upn           text,
    event_type    text not null,
    occurred_at   timestamptz not null,
    summary       text not null,
    child_words   text,
    sensitivity   text not null,
    details       jsonb not null default '{}'::jsonb,
    status        text not null check (status in ('LINKED', 'AWAITING_IDENTIFICATION')),
    person_id     uuid,
    event_id      uuid
);
create index chronology_submission_by on chronology_submission (submitted_by, submitted_at desc);
