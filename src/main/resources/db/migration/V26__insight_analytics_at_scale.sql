-- Insight at scale (docs/decisions/0004): the map and LSOA tables get quarter and year rows beside the month rows, so a
-- query over many months reads one row per year rather than twelve; near-school and school-route counts are worked
-- out at import (flags from the school cell sets) instead of joining cells at page load.

-- The resolution-10 cell table was nearly as large as the raw rows (one row per cell, category and month) and was
-- only read to join the near-school and route cells at page load; the hour table was no longer read.
drop table insight_incident_cell;
drop table insight_incident_hour;
drop table insight_incident_hex;
drop table insight_incident_lsoa_month;

-- Incidents by LSOA (LSOA '' where the source had none). months = 1: the row is the month starting at month;
-- months = 3: the calendar quarter starting at month; months = 12: the calendar year starting at month (1 January).
-- Quarter and year rows are sums of their month rows.
create table insight_incident_lsoa (
    source       text not null,
    months       smallint not null check (months in (1, 3, 12)),
    month        date not null,
    borough_code text not null,
    lsoa_code    text not null,
    incidents    integer not null,
    primary key (source, months, month, borough_code, lsoa_code)
);
create index insight_incident_lsoa_borough on insight_incident_lsoa (source, borough_code, months, month);

-- The map's hexagons (H3 resolution 9, the parent of the stored resolution-10 cell by the H3 bit layout: resolution
-- in bits 52-55, the resolution-10 digit in bits 15-17 set to 7 = unused) by place and borough, at month, quarter
-- and year level as above. place ANYWHERE counts every incident with a point; NEAR_SCHOOL those in a cell within 400 m of a
-- secondary school; SCHOOL_ROUTE those in a cell on a route between schools (an incident can be in all three).
create table insight_incident_hex (
    source       text not null,
    place        text not null check (place in ('ANYWHERE', 'NEAR_SCHOOL', 'SCHOOL_ROUTE')),
    months       smallint not null check (months in (1, 3, 12)),
    month        date not null,
    borough_code text not null,
    hex          bigint not null,
    incidents    integer not null,
    primary key (source, place, months, month, borough_code, hex)
);
create index insight_incident_hex_borough on insight_incident_hex (source, place, borough_code, months, month);

-- Month x borough x category: incidents near schools and on routes between them (only rows with either).
create table insight_incident_place (
    source       text not null,
    month        date not null,
    borough_code text not null,
    category     text not null,
    near_school  integer not null,
    on_route     integer not null,
    primary key (source, month, borough_code, category)
);

-- Rebuilt here once from the raw rows; from now on the import refreshes them (AnalyticsRefresh).
insert into insight_incident_lsoa (source, months, month, borough_code, lsoa_code, incidents)
select source, 1, month, coalesce(borough_code, ''), coalesce(lsoa_code, ''), count(*)
from insight_incident
group by source, month, coalesce(borough_code, ''), coalesce(lsoa_code, '');

insert into insight_incident_hex (source, place, months, month, borough_code, hex, incidents)
select i.source, p.place, 1, i.month, coalesce(i.borough_code, ''),
       (i.h3_cell & ~(15::bigint << 52)) | (9::bigint << 52) | (7::bigint << 15), count(*)
from insight_incident i
cross join lateral (
    values ('ANYWHERE', true),
           ('NEAR_SCHOOL', i.h3_cell in (select h3_cell from insight_school_cell)),
           ('SCHOOL_ROUTE', i.h3_cell in (select h3_cell from insight_route_cell))) p (place, applies)
where i.h3_cell is not null and p.applies
group by 1, 2, 4, 5, 6;

insert into insight_incident_place (source, month, borough_code, category, near_school, on_route)
select source, month, borough_code, category, count(*) filter (where near_school), count(*) filter (where on_route)
from (select source, month, coalesce(borough_code, '') as borough_code, category,
             h3_cell in (select h3_cell from insight_school_cell) as near_school,
             h3_cell in (select h3_cell from insight_route_cell) as on_route
      from insight_incident where h3_cell is not null) flagged
where near_school or on_route
group by 1, 2, 3, 4;

insert into insight_incident_lsoa (source, months, month, borough_code, lsoa_code, incidents)
select source, l.months, date_trunc(l.unit, month)::date, borough_code, lsoa_code, sum(incidents)
from insight_incident_lsoa cross join (values (3, 'quarter'), (12, 'year')) l (months, unit)
where insight_incident_lsoa.months = 1
group by 1, 2, 3, 4, 5;

insert into insight_incident_hex (source, place, months, month, borough_code, hex, incidents)
select source, place, l.months, date_trunc(l.unit, month)::date, borough_code, hex, sum(incidents)
from insight_incident_hex cross join (values (3, 'quarter'), (12, 'year')) l (months, unit)
where insight_incident_hex.months = 1
group by 1, 2, 3, 4, 5, 6;
