-- Time-boxed access for panel members: a member may open an agenda child's record only inside the meeting window
-- (from some days before the meeting until it ends). The panels module replaces a meeting's rows when its agenda or
-- membership changes; `reference` names the meeting, `reason` is shown in the audit log.
create table access_panel_window (
    id          uuid primary key,
    reference   text not null,
    person_id   uuid not null,
    user_id     uuid not null references access_user (id),
    reason      text not null,
    opens_at    timestamptz not null,
    closes_at   timestamptz not null,
    check (closes_at > opens_at)
);
create index access_panel_window_user on access_panel_window (user_id, person_id, closes_at);
create index access_panel_window_reference on access_panel_window (reference);
