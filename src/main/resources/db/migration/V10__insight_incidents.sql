-- Insight: incidents and searches as the sources publish them (no names, no identifiers), the census denominators,
-- and a log of every import with the rows it refused. Re-importing a month of a source replaces that month.

create table insight_import (
    id            uuid primary key,
    source        text not null,
    file_name     text not null,
    imported_at   timestamptz not null,
    rows_read     integer not null,
    rows_loaded   integer not null,
    rows_rejected integer not null,
    months        text not null
);

-- One row per refused row and field: which line, which field, what value, which rule.
create table insight_import_problem (
    import_id uuid not null references insight_import (id) on delete cascade,
    line      bigint not null,
    field     text not null,
    value     text,
    rule      text not null
);
create index insight_import_problem_import on insight_import_problem (import_id, line);

-- Incidents from any source (police street crime, ED assaults, ambulance, school exclusions, fire). police.uk street
-- crime is monthly only, so occurred_at is null there; where a source has times they are Europe/London local time.
create table insight_incident (
    source       text not null,
    month        date not null check (extract(day from month) = 1),
    occurred_at  timestamp,
    category     text not null,
    detail       text,
    borough_code text,
    lsoa_code    text,
    latitude     double precision,
    longitude    double precision,
    h3_cell      bigint
);
create index insight_incident_source_month on insight_incident (source, month);

-- Stop and search in the police.uk format. Ethnicity is kept in police.uk's words and as the Census 2021 group it
-- maps to (EthnicGroup); the month is the Europe/London month of the search.
create table insight_stop_search (
    month            date not null check (extract(day from month) = 1),
    occurred_at      timestamptz not null,
    search_type      text not null,
    latitude         double precision,
    longitude        double precision,
    sex              text,
    age_range        text,
    self_defined     text,
    self_group       text,
    officer_defined  text,
    legislation      text,
    object_of_search text,
    outcome          text,
    found            boolean not null
);
create index insight_stop_search_by_month on insight_stop_search (month);

-- Census 2021 usual residents by Census ethnic group and single year of age (100 = 100 or over). A null count was
-- suppressed by ONS ('c').
create table insight_population (
    geography_code text not null,
    geography_name text not null,
    ethnic_group   text not null,
    age            smallint not null check (age between 0 and 100),
    people         integer check (people >= 0),
    primary key (geography_code, ethnic_group, age)
);
