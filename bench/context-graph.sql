-- The benchmark graph for the context module: the register's children plus generated ids up to :children, 10,000
-- contexts and :links links (60% peer links within a group, 40% child-group links), 5% past their review date;
-- practitioner.demo works with 500 of the register's children. Run with psql -v children=N -v links=M.
create table bench_child as
  select row_number() over (order by id) as n, id from identity_person;
insert into bench_child
  select n, gen_random_uuid() from generate_series((select count(*) + 1 from bench_child), :children) n;
create unique index on bench_child (n);
create table bench_context as select n, gen_random_uuid() as id from generate_series(1, 10000) n;
create unique index on bench_context (n);
insert into context_subject (id, kind, name, referred_by, created_at, updated_at)
  select id, case when n % 2 = 0 then 'PEER_GROUP' else 'PLACE' end, 'Bench context ' || n, 'bench', now(), now()
  from bench_context;
-- Peer links: each child's peers are near it in the numbering, within the group its number falls in.
insert into context_link (id, from_id, from_child, to_id, to_child, context_id, relation, protective, strength,
                          source, stated_by, stated_on, review_by, status, recorded_at)
  select gen_random_uuid(), a.id, true, b.id, true, g.id, 'PEER', false, 'MODERATE', 'bench', 'bench',
         current_date - 30, current_date + 90, 'ACTIVE', now()
  from (select l, 1 + (random() * (:children - 1))::int as i, 1 + (random() * 49)::int as step
        from generate_series(1, (:links * 6 / 10)) l) p
  join bench_child a on a.n = p.i
  join bench_child b on b.n = 1 + (p.i + p.step - 1) % :children
  join bench_context g on g.n = 1 + (p.i / 25) % 10000;
insert into context_link (id, from_id, from_child, to_id, to_child, context_id, relation, protective, strength,
                          source, stated_by, stated_on, review_by, status, recorded_at)
  select gen_random_uuid(), a.id, true, g.id, false, g.id, 'MEMBER', false, 'MODERATE', 'bench', 'bench',
         current_date - 30, current_date + 90, 'ACTIVE', now()
  from (select l, 1 + (random() * (:children - 1))::int as i, 1 + (random() * 9999)::int as c
        from generate_series(1, (:links * 4 / 10)) l) p
  join bench_child a on a.n = p.i
  join bench_context g on g.n = p.c;
-- Some links are past their review date or ended: the walk must skip them.
update context_link set review_by = current_date - 1 where random() < 0.05;
insert into access_relationship (id, person_id, user_id, kind, description, started_on)
  select gen_random_uuid(), c.id, u.id, 'TEAM_AROUND_CHILD', 'bench', current_date - 30
  from (select id from bench_child where n <= (select count(*) from identity_person) order by n limit 500) c,
       access_user u where u.username = 'practitioner.demo';
analyze context_link; analyze context_subject; analyze access_relationship;
