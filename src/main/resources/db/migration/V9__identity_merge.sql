-- A person decided that two records are the same child (or later that they are not). The merged record stays, marked
-- with the child it was merged into, so that an unmerge can put everything back exactly.
alter table identity_person add column merged_into uuid references identity_person (id);

create table identity_merge (
    id             uuid primary key,
    survivor_id    uuid not null references identity_person (id),
    merged_id      uuid not null references identity_person (id),
    review_id      uuid references identity_match_review (id),
    reason         text not null,
    merged_by      uuid not null,
    merged_at      timestamptz not null,
    unmerge_reason text,
    unmerged_by    uuid,
    unmerged_at    timestamptz
);
create index identity_merge_survivor on identity_merge (survivor_id);

alter table identity_match_review add column decided_by uuid;
alter table identity_match_review add column decided_at timestamptz;
alter table identity_match_review add column decision_reason text;
