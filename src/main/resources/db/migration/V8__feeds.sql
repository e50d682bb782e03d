-- Provenance of events that came from a batch file: which file and where in it (line, or where an XML element starts).
alter table chronology_event add column source_file text, add column source_line bigint;

-- One batch import of one file. The checkpoint (records handled and committed so far, in file order) is advanced in
-- the same transaction as each batch's events and quarantined records, so an import killed at any moment resumes
-- exactly after the last committed batch.
create table feeds_import (
    id              uuid primary key,
    organisation_id uuid not null,
    format          text not null,
    file_name       text not null,
    file_sha256     text not null,
    file_size       bigint not null,
    stored_path     text,
    started_by      uuid,
    started_by_name text not null,
    status          text not null check (status in ('WAITING', 'RUNNING', 'DONE', 'FAILED')),
    checkpoint      bigint not null default 0,
    bytes_read      bigint not null default 0,
    committed       bigint not null default 0,
    duplicates      bigint not null default 0,
    quarantined     bigint not null default 0,
    failure         text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    finished_at     timestamptz
);
create index feeds_import_file on feeds_import (organisation_id, format, file_sha256);
create index feeds_import_recent on feeds_import (created_at desc);

-- Every record received, by the agency's source system and reference: re-delivery answers from here and writes
-- nothing new. The primary key, not a check before inserting, is what makes concurrent duplicates harmless.
create table feeds_receipt (
    source_system   text not null,
    source_ref      text not null,
    organisation_id uuid not null,
    event_id        uuid not null,
    person_id       uuid,
    link_outcome    text check (link_outcome in ('LINKED', 'REVIEW', 'NEW')),
    probability     numeric(6, 5),
    import_id       uuid references feeds_import (id),
    received_at     timestamptz not null,
    primary key (source_system, source_ref)
);

-- Records that could not be accepted, kept whole with every reason until a person corrects and re-submits them.
-- raw_format says how raw_text is written: a feed format's name (the record as the agency sent it) or 'json' (the
-- record as read, in the events API's shape, when it was readable but broke a rule).
create table feeds_quarantine (
    id              uuid primary key,
    import_id       uuid references feeds_import (id),
    organisation_id uuid not null,
    source_system   text,
    file_name       text,
    line            bigint,
    reference       text,
    problems        jsonb not null,
    raw_format      text not null,
    raw_text        text not null,
    status          text not null default 'OPEN' check (status in ('OPEN', 'RESUBMITTED')),
    event_id        uuid,
    resolved_by     uuid,
    resolved_at     timestamptz,
    created_at      timestamptz not null,
    version         integer not null default 0
);
create index feeds_quarantine_open on feeds_quarantine (created_at desc) where status = 'OPEN';
create index feeds_quarantine_import on feeds_quarantine (import_id);
