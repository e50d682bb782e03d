-- Insight, second half: partner sources with times and ages (ED/ISTV, ambulance, school exclusions, fire), the
-- derived day x hour table for school-day and after-school analyses, boroughs in the hotspot cells, wards among the
-- areas, and the H3 cells near secondary schools and on routes between them (docs/insight.md).

-- Age in whole years at the incident where the source gives it (ED, ambulance, exclusions). Never a date of birth.
alter table insight_incident add column age smallint check (age between 0 and 120);
-- The day of the incident where the source gives one; occurred_at stays null unless the time of day is known too.
alter table insight_incident add column occurred_on date;

-- Day x hour (hour -1 = the source gave no time) x borough x category x detail x age band ('' = not given).
-- Partner sources are small (thousands of rows a month), so this grain stays small; street crime has no days.
create table insight_incident_day (
    source       text not null,
    month        date not null,
    day          date not null,
    hour         smallint not null check (hour between -1 and 23),
    borough_code text not null,
    category     text not null,
    detail       text not null,
    age_band     text not null,
    incidents    integer not null,
    primary key (source, month, day, hour, borough_code, category, detail, age_band)
);

-- Hotspot cells by borough too, so a borough's map reads only its cells. Rebuilt here from the raw rows once.
alter table insight_incident_cell add column borough_code text not null default '';
alter table insight_incident_cell drop constraint insight_incident_cell_pkey;
delete from insight_incident_cell;
insert into insight_incident_cell (source, month, borough_code, h3_cell, category, incidents)
select source, month, coalesce(borough_code, ''), h3_cell, category, count(*)
from insight_incident where h3_cell is not null
group by source, month, coalesce(borough_code, ''), h3_cell, category;
alter table insight_incident_cell add primary key (source, month, borough_code, h3_cell, category);
-- The near-school and route filters look cells up by cell.
create index insight_incident_cell_cell on insight_incident_cell (h3_cell, source, month);

-- The map's hexagons: H3 resolution 9 (the parent of the stored resolution-10 cell, by the H3 bit layout: resolution
-- 9 in bits 52-55, the resolution-10 digit in bits 15-17 set to 7 = unused) by borough, without category, so a map
-- over every month reads one row per hexagon and month rather than one per cell and category.
create table insight_incident_hex (
    source       text not null,
    month        date not null,
    borough_code text not null,
    hex          bigint not null,
    incidents    integer not null,
    primary key (source, month, borough_code, hex)
);
create index insight_incident_hex_borough on insight_incident_hex (source, borough_code, month);
insert into insight_incident_hex (source, month, borough_code, hex, incidents)
select source, month, borough_code, (h3_cell & ~(15::bigint << 52)) | (9::bigint << 52) | (7::bigint << 15),
       sum(incidents)
from insight_incident_cell
group by 1, 2, 3, 4;

alter table insight_area drop constraint insight_area_kind_check;
alter table insight_area add constraint insight_area_kind_check check (kind in ('BOROUGH', 'WARD', 'LSOA'));
create index insight_area_kind_parent on insight_area (kind, parent_code);

-- Resolution-10 H3 cells whose centre is within 400 m of a secondary school.
create table insight_school_cell (
    urn     text not null,
    h3_cell bigint not null,
    primary key (urn, h3_cell)
);
create index insight_school_cell_cell on insight_school_cell (h3_cell);

-- Resolution-10 H3 cells on the approximate route (straight line, about 100 m either side) between two secondary
-- schools less than 2 km apart; routes = how many such school pairs pass through the cell.
create table insight_route_cell (
    h3_cell bigint primary key,
    routes  integer not null
);
