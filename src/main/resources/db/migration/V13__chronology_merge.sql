-- Which events a merge moved from one child to another, so that an unmerge moves exactly those back.
create table chronology_merge_move (
    merge_id    uuid not null,
    event_id    uuid not null,
    from_person uuid not null,
    to_person   uuid not null,
    primary key (merge_id, event_id)
);

-- People who looked at a merged chronology while it held another child's events: told when the records are separated.
create table chronology_unmerge_notice (
    id              uuid primary key,
    user_id         uuid not null,
    person_id       uuid not null,
    other_person_id uuid not null,
    merged_at       timestamptz not null,
    unmerged_at     timestamptz not null,
    events_moved    integer not null,
    seen_at         timestamptz
);
create index chronology_unmerge_notice_user on chronology_unmerge_notice (user_id) where seen_at is null;
