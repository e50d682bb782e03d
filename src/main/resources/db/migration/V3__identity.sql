-- Children and young people (0-24) and the people around them. Other modules refer to a person by id only.
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;

create table identity_person (
    id            uuid primary key,
    date_of_birth date not null,
    sex           text not null check (sex in ('F', 'M', 'X', 'U')),
    ethnicity     text check (ethnicity in ('WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH',
                                             'AIND', 'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH',
                                             'REFU', 'NOBT')),
    created_at    timestamptz not null default now(),
    version       integer not null default 0
);
create index identity_person_dob on identity_person (date_of_birth);

create table identity_name (
    id           bigserial primary key,
    person_id    uuid not null references identity_person (id),
    kind         text not null check (kind in ('CURRENT', 'PREFERRED', 'PREVIOUS', 'ALIAS')),
    given_names  text not null,
    family_name  text not null,
    valid_from   date,
    valid_to     date,
    -- Lower-case "given family" kept for trigram search.
    search_text  text generated always as (lower(given_names || ' ' || family_name)) stored
);
create index identity_name_person on identity_name (person_id);
create index identity_name_search on identity_name using gin (search_text gin_trgm_ops);

create table identity_identifier (
    person_id uuid not null references identity_person (id),
    scheme    text not null check (scheme in ('NHS', 'UPN', 'POLICE', 'CSC', 'YJS')),
    value     text not null,
    issuer    text,
    primary key (scheme, value)
);
create index identity_identifier_person on identity_identifier (person_id);

create table identity_address (
    id          bigserial primary key,
    person_id   uuid not null references identity_person (id),
    line1       text not null,
    town        text not null,
    postcode    text not null,
    lsoa_code   text,
    valid_from  date not null,
    valid_to    date,
    check (valid_to is null or valid_to >= valid_from)
);
create index identity_address_person on identity_address (person_id);

-- Family and household: a related person may be in the register (a sibling) or known only by name (a parent).
create table identity_relationship (
    id                bigserial primary key,
    person_id         uuid not null references identity_person (id),
    related_person_id uuid references identity_person (id),
    related_name      text not null,
    kind              text not null,
    same_household    boolean not null default false,
    parental_responsibility boolean not null default false
);
create index identity_relationship_person on identity_relationship (person_id);
