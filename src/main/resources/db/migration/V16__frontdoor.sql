-- The front door (MASH): contacts and referrals, screening, requests to partners, decisions, strategy discussions,
-- feedback and escalation. Deadlines are stored as the London date by the end of which the step is due, computed in
-- working days (weekends and England bank holidays excluded) by the application.
create sequence frontdoor_contact_number;

create table frontdoor_contact (
    id                       uuid primary key,
    reference                text not null unique,
    person_id                uuid not null,
    origin                   text not null check (origin in ('REFERRAL', 'AUTOMATIC')),
    source_event_id          uuid unique,
    source_event_type        text,
    referrer_user_id         uuid,
    referrer_name            text not null,
    referrer_organisation_id uuid,
    received_at              timestamptz not null,
    out_of_hours             boolean not null,
    decision_due             date not null,
    categories               text[] not null default '{}',
    what_happened            text not null,
    why_worried              text,
    child_voice              text,
    parent_voice             text,
    ethnicity                text,
    cultural_heritage        text,
    send_or_disability       text,
    family_knows             text,
    sharing_basis            text,
    urgency                  text not null,
    missing_content          text[] not null default '{}',
    status                   text not null check (status in ('OPEN', 'DECIDED')),
    rag                      text check (rag in ('RED', 'AMBER', 'GREEN')),
    screening_note           text,
    screened_by              text,
    screened_at              timestamptz,
    decision                 text,
    decision_reason          text,
    decided_by_user_id       uuid,
    decided_by               text,
    decided_at               timestamptz,
    named_contact            text,
    assessment_due           date,
    version                  integer not null default 0
);
create index frontdoor_contact_open on frontdoor_contact (received_at) where status = 'OPEN';
create index frontdoor_contact_person on frontdoor_contact (person_id, received_at);
create index frontdoor_contact_referrer on frontdoor_contact (referrer_user_id, received_at);

create table frontdoor_information_request (
    id                uuid primary key,
    contact_id        uuid not null references frontdoor_contact (id),
    organisation_id   uuid not null,
    question          text not null,
    requested_by      text not null,
    requested_at      timestamptz not null,
    due_at            timestamptz not null,
    answer            text,
    answered_by       text,
    answered_at       timestamptz
);
create index frontdoor_information_request_contact on frontdoor_information_request (contact_id);
create index frontdoor_information_request_open on frontdoor_information_request (organisation_id)
    where answered_at is null;

create table frontdoor_strategy_discussion (
    id          uuid primary key,
    contact_id  uuid not null references frontdoor_contact (id),
    held_on     date not null,
    s47         boolean not null,
    icpc_due    date,
    notes       text,
    recorded_by text not null,
    recorded_at timestamptz not null
);

create table frontdoor_strategy_attendee (
    discussion_id uuid not null references frontdoor_strategy_discussion (id),
    position      integer not null,
    organisation  text not null,
    role          text not null,
    name          text,
    primary key (discussion_id, position)
);

create table frontdoor_escalation (
    id             uuid primary key,
    contact_id     uuid not null references frontdoor_contact (id),
    raised_by      uuid not null,
    raised_by_name text not null,
    raised_at      timestamptz not null,
    reason         text not null,
    resolution     text,
    resolved_by    text,
    resolved_at    timestamptz
);
create index frontdoor_escalation_contact on frontdoor_escalation (contact_id);
