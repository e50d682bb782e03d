-- Insight analytics: small derived tables that dashboard queries read instead of raw rows. Each is refreshed for one
-- source and month at a time, in the same transaction as that month's import (docs/decisions/0002).

-- Month x borough x category: counts by month, type and borough, trend, seasonality. Small whatever the store size
-- (months x 33 boroughs x 14 types), so a query over every month reads tens of thousands of rows.
create table insight_incident_month (
    source       text not null,
    month        date not null,
    borough_code text not null,
    category     text not null,
    incidents    integer not null,
    primary key (source, month, borough_code, category)
);

-- Month x LSOA (LSOA '' where the source had none): counts by LSOA. Kept apart from the table above because
-- LSOA x category x month is nearly as large as the raw rows at regional scale.
create table insight_incident_lsoa_month (
    source       text not null,
    month        date not null,
    borough_code text not null,
    lsoa_code    text not null,
    incidents    integer not null,
    primary key (source, month, borough_code, lsoa_code)
);

-- Month x H3 cell (resolution 10, about 66 m edge) x category, for hotspot maps and the near-school filters.
create table insight_incident_cell (
    source    text not null,
    month     date not null,
    h3_cell   bigint not null,
    category  text not null,
    incidents integer not null,
    primary key (source, month, h3_cell, category)
);

-- Month x day of week x hour, for sources with times (isodow 1 = Monday).
create table insight_incident_hour (
    source      text not null,
    month       date not null,
    day_of_week smallint not null,
    hour        smallint not null,
    category    text not null,
    incidents   integer not null,
    primary key (source, month, day_of_week, hour, category)
);

-- Stop and search: month x self-defined group x officer-defined group x sex x age range ('' = not stated).
create table insight_stop_search_month (
    month         date not null,
    self_group    text not null,
    officer_group text not null,
    sex           text not null,
    age_range     text not null,
    searches      integer not null,
    finds         integer not null,
    primary key (month, self_group, officer_group, sex, age_range)
);

create table insight_stop_search_hour (
    month       date not null,
    day_of_week smallint not null,
    hour        smallint not null,
    searches    integer not null,
    primary key (month, day_of_week, hour)
);

-- Boundaries (GeoJSON geometry as text, served to the map as is) and secondary schools.
create table insight_area (
    code        text primary key,
    name        text not null,
    kind        text not null check (kind in ('BOROUGH', 'LSOA')),
    parent_code text,
    geometry    text not null
);

create table insight_school (
    urn       text primary key,
    name      text not null,
    latitude  double precision not null,
    longitude double precision not null
);
