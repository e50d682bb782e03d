-- The partnership's language rules (victim-blaming and adultifying phrasing). Seeded from
-- classpath:language/starting-rules.json when empty; every change is a new version, kept in the history.
create table language_rule (
    code        text primary key,
    category    text not null check (category in ('VICTIM_BLAMING', 'ADULTIFYING', 'LABELLING')),
    phrase      text not null,
    pattern     text not null,
    explanation text not null,
    suggestion  text not null,
    examples    jsonb not null,
    enabled     boolean not null,
    version     integer not null,
    changed_by  text not null,
    changed_at  timestamptz not null
);

create table language_rule_history (
    code        text not null,
    version     integer not null,
    category    text not null,
    phrase      text not null,
    pattern     text not null,
    explanation text not null,
    suggestion  text not null,
    examples    jsonb not null,
    enabled     boolean not null,
    changed_by  text not null,
    changed_at  timestamptz not null,
    primary key (code, version)
);
