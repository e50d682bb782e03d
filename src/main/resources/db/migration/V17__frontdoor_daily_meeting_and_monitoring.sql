-- The partnership's daily meeting: incidents involving children (police, ED, ambulance, custody, missing) as they
-- arrive, copied from the chronology's EventsAccepted so the front door never reads the chronology's tables, and the
-- actions the meeting agrees against each.
create table frontdoor_incident (
    event_id        uuid primary key,
    person_id       uuid not null,
    type            text not null,
    occurred_at     timestamptz not null,
    received_at     timestamptz not null,
    organisation_id uuid,
    restricted      boolean not null,
    summary         text not null
);
create index frontdoor_incident_received on frontdoor_incident (received_at);
create index frontdoor_incident_occurred on frontdoor_incident (occurred_at);

create table frontdoor_incident_action (
    id           uuid primary key,
    event_id     uuid not null references frontdoor_incident (event_id),
    action       text not null,
    owner        text not null,
    recorded_by  text not null,
    recorded_at  timestamptz not null
);
create index frontdoor_incident_action_event on frontdoor_incident_action (event_id);

-- Performance monitoring: the referrer's agency (type of organisation) and the child's sex and ethnicity as recorded
-- when the contact arrived. Recorded to monitor the front door's own decisions for disproportionality; never an
-- input to any decision, score or flag. HISTORIC contacts were brought in from the council's earlier records.
alter table frontdoor_contact add column referrer_agency text not null default 'Unknown';
alter table frontdoor_contact add column child_sex text;
alter table frontdoor_contact add column child_ethnicity text;
alter table frontdoor_contact drop constraint frontdoor_contact_origin_check;
alter table frontdoor_contact add constraint frontdoor_contact_origin_check
    check (origin in ('REFERRAL', 'AUTOMATIC', 'HISTORIC'));
create index frontdoor_contact_received on frontdoor_contact (received_at);
