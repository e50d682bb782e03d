-- Reachable moments: the partnership's rules (versioned; a change is proposed, then approved by a second person)
-- and the alerts they raise.
create table moments_rule (
    key           text not null,
    version       integer not null,
    definition    text not null,
    status        text not null check (status in ('PROPOSED', 'ACTIVE', 'RETIRED', 'REJECTED')),
    change_reason text not null,
    proposed_by   uuid,
    proposed_at   timestamptz not null,
    reviewed_by   uuid,
    reviewed_at   timestamptz,
    review_note   text,
    primary key (key, version)
);
-- At most one version of a rule is in use at a time.
create unique index moments_rule_one_active on moments_rule (key) where status = 'ACTIVE';

-- One alert per child while it is open: patterns found while it is open are added to it as findings, so the
-- practitioner sees one explained alert rather than several about the same child.
create table moments_alert (
    id                   uuid primary key,
    person_id            uuid not null,
    raised_at            timestamptz not null,
    -- When it last needed attention (raised, or reopened by a new finding): escalation counts from here.
    updated_at           timestamptz not null,
    routed_to            text not null check (routed_to in ('TEAM', 'MASH')),
    status               text not null check (status in ('OPEN', 'ACKNOWLEDGED', 'ACTED', 'DISMISSED')),
    escalate_after_hours integer not null,
    escalated_at         timestamptz,
    closed_by            uuid,
    closed_at            timestamptz,
    outcome_note         text
);
create unique index moments_alert_one_open on moments_alert (person_id) where status in ('OPEN', 'ACKNOWLEDGED');
create index moments_alert_person on moments_alert (person_id, raised_at);
create index moments_alert_waiting on moments_alert (updated_at) where status = 'OPEN' and escalated_at is null;

-- A rule that held for the child: when the pattern was complete (the newest evidence event, or the day a daily rule
-- was judged) and its evidence as sorted event ids, so the same pattern is never found twice.
create table moments_finding (
    id           uuid primary key,
    alert_id     uuid not null references moments_alert (id),
    person_id    uuid not null,
    rule_key     text not null,
    rule_version integer not null,
    anchor_at    timestamptz not null,
    found_at     timestamptz not null,
    fingerprint  text not null,
    unique (person_id, rule_key, fingerprint),
    foreign key (rule_key, rule_version) references moments_rule (key, version)
);
create index moments_finding_alert on moments_finding (alert_id);
create index moments_finding_person_rule on moments_finding (person_id, rule_key, anchor_at);

create table moments_finding_event (
    finding_id      uuid not null references moments_finding (id),
    event_id        uuid not null,
    event_type      text not null,
    organisation_id uuid not null,
    occurred_at     timestamptz not null,
    primary key (finding_id, event_id)
);

-- Who the alert went to when it was raised (the lead practitioner and team around the child).
create table moments_alert_recipient (
    alert_id        uuid not null references moments_alert (id),
    user_id         uuid not null,
    organisation_id uuid not null,
    primary key (alert_id, user_id)
);
create index moments_alert_recipient_user on moments_alert_recipient (user_id);

create table moments_alert_history (
    id       bigint generated always as identity primary key,
    alert_id uuid not null references moments_alert (id),
    at       timestamptz not null,
    user_id  uuid,
    action   text not null,
    note     text
);
create index moments_alert_history_alert on moments_alert_history (alert_id);

-- Background re-evaluations of the population, with their progress.
create table moments_run (
    id             uuid primary key,
    reason         text not null,
    rule_keys      text not null,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    children_total bigint not null,
    children_done  bigint not null default 0,
    alerts_raised  bigint not null default 0,
    failure        text
);
