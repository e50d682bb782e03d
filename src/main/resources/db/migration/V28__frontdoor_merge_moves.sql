-- Contacts and daily-meeting incidents follow identity's merges: what a merge moved onto the surviving child is
-- recorded here, so an unmerge moves exactly those rows back (as the chronology does with chronology_merge_move).
create table frontdoor_merge_move (
    merge_id    uuid not null,
    kind        text not null check (kind in ('CONTACT', 'INCIDENT')),
    row_id      uuid not null,
    from_person uuid not null,
    primary key (merge_id, kind, row_id)
);
