-- Critical incidents: a child seriously harmed or killed (the chronology's community.seriously-harmed event), the
-- children most likely affected and why, and the coordinated response to each of them and to their settings.
create table context_incident (
    id              uuid primary key,
    reference       text not null unique,
    person_id       uuid not null,
    event_id        uuid not null unique,
    harm            text not null,
    occurred_at     timestamptz not null,
    organisation_id uuid,
    opened_at       timestamptz not null,
    status          text not null default 'OPEN' check (status in ('OPEN', 'CLOSED'))
);
create index context_incident_opened on context_incident (opened_at desc);

-- A child on the response list, with the plain-words reasons (shared peer group, same place, sibling) and the
-- peer-seriously-harmed event recorded on their chronology (which raises the reachable-moment alert).
create table context_incident_child (
    incident_id uuid not null references context_incident (id),
    person_id   uuid not null,
    reasons     text not null,
    event_id    uuid,
    primary key (incident_id, person_id)
);

-- The response: support offered to an affected child (by whom, taken up or not), or a setting's response (a school
-- or youth centre) that names no child.
create table context_incident_response (
    id               uuid primary key,
    incident_id      uuid not null references context_incident (id),
    person_id        uuid,
    setting          text not null check (setting in ('CHILD', 'SCHOOL', 'YOUTH_CENTRE', 'OTHER')),
    offered_by       text not null,
    support          text not null,
    outcome          text not null check (outcome in ('OFFERED', 'TAKEN_UP', 'DECLINED', 'DONE')),
    recorded_by      uuid,
    recorded_by_name text not null,
    recorded_at      timestamptz not null
);
create index context_incident_response_incident on context_incident_response (incident_id, recorded_at);
