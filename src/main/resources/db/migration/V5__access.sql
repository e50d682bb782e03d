-- Who may sign in, who has a legitimate relationship with which child, break-glass, and the audit log.
create table access_user (
    id              uuid primary key,
    username        text not null unique,
    display_name    text not null,
    role            text not null,
    organisation_id uuid,
    practitioner_id uuid,
    password_hash   text,
    enabled         boolean not null default true,
    created_at      timestamptz not null default now()
);

-- Lead practitioner and team around the child: the standing relationships that open a child's record.
create table access_relationship (
    id          uuid primary key,
    person_id   uuid not null,
    user_id     uuid not null references access_user (id),
    kind        text not null check (kind in ('LEAD_PRACTITIONER', 'TEAM_AROUND_CHILD')),
    description text not null,
    started_on  date not null,
    ended_on    date
);
create index access_relationship_person on access_relationship (person_id);
create index access_relationship_user on access_relationship (user_id, person_id);

-- While a contact or referral about a child is open at the front door, MASH practitioners may see the record.
create table access_front_door_case (
    person_id   uuid not null,
    reference   text not null,
    opened_at   timestamptz not null,
    closed_at   timestamptz,
    primary key (reference)
);
create index access_front_door_case_person on access_front_door_case (person_id) where closed_at is null;

create table access_break_glass (
    id             uuid primary key,
    user_id        uuid not null references access_user (id),
    person_id      uuid not null,
    reason         text not null,
    started_at     timestamptz not null,
    expires_at     timestamptz not null,
    reviewed_by    uuid references access_user (id),
    reviewed_at    timestamptz,
    review_outcome text check (review_outcome in ('JUSTIFIED', 'NOT_JUSTIFIED')),
    review_note    text
);
create index access_break_glass_active on access_break_glass (user_id, person_id, expires_at);

-- Append-only, hash-chained: each row's hash covers its content and the previous row's hash.
create table access_audit (
    seq            bigint primary key,
    at             timestamptz not null,
    actor_id       uuid,
    actor_name     text not null,
    actor_role     text not null,
    action         text not null,
    outcome        text not null check (outcome in ('ALLOWED', 'DENIED')),
    person_id      uuid,
    resource       text not null,
    purpose        text not null,
    legal_basis    text not null,
    previous_hash  text not null,
    hash           text not null
);
create index access_audit_person on access_audit (person_id, at desc) where person_id is not null;

-- The chain's head: the newest row's number and hash. Appends lock it, so rows chain in order.
create table access_audit_head (
    id        integer primary key check (id = 1),
    last_seq  bigint not null,
    last_hash text not null
);
insert into access_audit_head (id, last_seq, last_hash) values (1, 0, 'GENESIS');

create function access_audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_audit is append-only: % is not allowed', tg_op;
end;
$$;
create trigger access_audit_no_update_or_delete
    before update or delete or truncate on access_audit
    for each statement execute function access_audit_is_append_only();
