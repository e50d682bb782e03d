-- Panels: multi-agency meetings in tiers (daily meeting, pre-MACE/ROHOP, MACE, ROTH conference, ENGAGE) with agendas of
-- subjects (children and contexts), attendance by organisation and role, decisions, owned actions reviewed at the next
-- meeting, and escalation between tiers. Subjects are (kind, id): children from identity, contexts from the context
-- module; this module never reads their tables.
create table panels_panel (
    id                 uuid primary key,
    name               text not null,
    tier               integer not null check (tier between 1 and 9),
    terms_of_reference text not null,
    escalates_to       uuid references panels_panel (id),
    created_at         timestamptz not null default now()
);

create table panels_member (
    id              uuid primary key,
    panel_id        uuid not null references panels_panel (id),
    organisation_id uuid not null,
    role            text not null,
    user_id         uuid,
    name            text not null,
    is_chair        boolean not null default false,
    joined_on       date not null,
    left_on         date
);
create index panels_member_panel on panels_member (panel_id);
create index panels_member_user on panels_member (user_id) where user_id is not null;

create table panels_meeting (
    id        uuid primary key,
    panel_id  uuid not null references panels_panel (id),
    starts_at timestamptz not null,
    ends_at   timestamptz not null,
    check (ends_at > starts_at)
);
create index panels_meeting_panel on panels_meeting (panel_id, starts_at);

create table panels_agenda_item (
    id                uuid primary key,
    meeting_id        uuid not null references panels_meeting (id),
    position          integer not null,
    subject_kind      text not null check (subject_kind in
                          ('CHILD', 'PEER_GROUP', 'PLACE', 'PERSON_OF_INTEREST', 'ONLINE_SPACE')),
    subject_id        uuid not null,
    minutes_allotted  integer not null check (minutes_allotted between 1 and 240),
    reason            text not null,
    carried_forward   boolean not null default false,
    minutes           text,
    decision          text,
    outcome_shared    text,
    outcome_shared_on date,
    version           integer not null default 0,
    unique (meeting_id, subject_kind, subject_id)
);
create index panels_agenda_item_subject on panels_agenda_item (subject_kind, subject_id);

create table panels_attendance (
    id              uuid primary key,
    meeting_id      uuid not null references panels_meeting (id),
    organisation_id uuid not null,
    role            text not null,
    name            text not null,
    status          text not null check (status in ('PRESENT', 'APOLOGIES', 'ABSENT'))
);
create index panels_attendance_meeting on panels_attendance (meeting_id);

create table panels_action (
    id                     uuid primary key,
    item_id                uuid not null references panels_agenda_item (id),
    description            text not null,
    owning_organisation_id uuid not null,
    owner_name             text not null,
    due_on                 date not null,
    status                 text not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'NOT_NEEDED')),
    created_at             timestamptz not null,
    completed_at           timestamptz,
    version                integer not null default 0
);
create index panels_action_item on panels_action (item_id);
create index panels_action_open on panels_action (status) where status in ('OPEN', 'IN_PROGRESS');

create table panels_action_update (
    id         uuid primary key,
    action_id  uuid not null references panels_action (id),
    meeting_id uuid references panels_meeting (id),
    status     text not null,
    note       text not null,
    by_name    text not null,
    at         timestamptz not null
);
create index panels_action_update_action on panels_action_update (action_id, at);

create table panels_escalation (
    id                   uuid primary key,
    from_item_id         uuid not null references panels_agenda_item (id),
    to_panel_id          uuid not null references panels_panel (id),
    subject_kind         text not null,
    subject_id           uuid not null,
    reason               text not null,
    escalated_at         timestamptz not null,
    discussed_meeting_id uuid references panels_meeting (id)
);
create index panels_escalation_waiting on panels_escalation (to_panel_id, subject_kind, subject_id)
    where discussed_meeting_id is null;
