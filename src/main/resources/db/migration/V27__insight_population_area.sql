-- Usual residents of each area (all groups and ages), derived at census import: rates per 1,000 by borough read one
-- row per area instead of summing the ~650,000-row census table on every page (docs/decisions/0004).
create table insight_population_area (
    geography_code text primary key,
    people         bigint not null
);
insert into insight_population_area (geography_code, people)
select geography_code, sum(coalesce(people, 0)) from insight_population group by geography_code;
