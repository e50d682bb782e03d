-- The partnership's organisations and the practitioners who work in them.
create table agencies_organisation (
    id         uuid primary key,
    code       text not null unique,
    name       text not null,
    kind       text not null,
    parent_id  uuid references agencies_organisation (id),
    urn        text,
    created_at timestamptz not null default now()
);
create index agencies_organisation_kind on agencies_organisation (kind);

create table agencies_practitioner (
    id              uuid primary key,
    organisation_id uuid not null references agencies_organisation (id),
    given_name      text not null,
    family_name     text not null,
    job_title       text not null,
    team            text,
    email           text
);
create index agencies_practitioner_organisation on agencies_practitioner (organisation_id);
