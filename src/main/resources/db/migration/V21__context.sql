-- Contexts: peer groups, places, persons of interest and online spaces as subjects in their own right, with a
-- lifecycle (referral, assessment, plan, review, closed), owned actions, and links to children and to each other.
create table context_subject (
    id            uuid primary key,
    kind          text not null check (kind in ('PEER_GROUP', 'PLACE', 'PERSON_OF_INTEREST', 'ONLINE_SPACE')),
    name          text not null,
    description   text not null default '',
    stage         text not null default 'REFERRAL'
                  check (stage in ('REFERRAL', 'ASSESSMENT', 'PLAN', 'REVIEW', 'CLOSED')),
    latitude      double precision check (latitude between -90 and 90),
    longitude     double precision check (longitude between -180 and 180),
    area_geojson  text,
    platform      text,
    handle        text,
    referred_by   text not null,
    created_by    uuid,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       integer not null default 0,
    check ((latitude is null) = (longitude is null))
);
create index context_subject_kind on context_subject (kind, name);

-- What was found at each stage: the referral, a location or peer-group assessment (dynamics, influence, places the
-- group uses), the plan, reviews, closure.
create table context_stage_note (
    id               uuid primary key,
    context_id       uuid not null references context_subject (id),
    stage            text not null,
    note             text not null,
    dynamics         text,
    influence        text,
    places_used      text,
    recorded_by      uuid,
    recorded_by_name text not null,
    recorded_at      timestamptz not null
);
create index context_stage_note_context on context_stage_note (context_id, recorded_at);

-- The plan's actions, for any agency including non-statutory partners (transport, licensing, businesses).
create table context_action (
    id          uuid primary key,
    context_id  uuid not null references context_subject (id),
    agency      text not null,
    owner       text not null,
    description text not null,
    due_on      date not null,
    status      text not null default 'OPEN' check (status in ('OPEN', 'DONE', 'CANCELLED')),
    created_by  uuid,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index context_action_context on context_action (context_id, due_on);

-- A link between two nodes of the network: a child (identity's person id) or a context. child-context (member of a
-- group, uses a place), child-child within a context (peers), context-context (a group uses a place, two groups in
-- conflict). Every link says who said it, when and from what source, how strong it is, and when it must be reviewed:
-- a link whose review date has passed is expired and drops out of the network and of critical-incident responses.
create table context_link (
    id          uuid primary key,
    from_id     uuid not null,
    from_child  boolean not null,
    to_id       uuid not null,
    to_child    boolean not null,
    context_id  uuid references context_subject (id),
    relation    text not null check (relation in ('MEMBER', 'PEER', 'USES', 'CONFLICT', 'CONTACT', 'SAFE_SPACE',
                                                  'TRUSTED_ADULT', 'POSITIVE_PEER')),
    protective  boolean not null,
    strength    text not null check (strength in ('WEAK', 'MODERATE', 'STRONG')),
    source      text not null,
    stated_by   text not null,
    stated_on   date not null,
    review_by   date not null,
    status      text not null default 'ACTIVE' check (status in ('ACTIVE', 'DISPUTED', 'ENDED')),
    recorded_by uuid,
    recorded_at timestamptz not null,
    reviewed_at timestamptz,
    check (from_id <> to_id)
);
-- The two-hop neighbourhood walks links from either end; only links not ended are ever walked, and the review date
-- is the second key so expired links are skipped inside the index.
create index context_link_from on context_link (from_id, review_by) where status <> 'ENDED';
create index context_link_to on context_link (to_id, review_by) where status <> 'ENDED';
create index context_link_context on context_link (context_id);

-- A challenge to a link: the link is disputed until a person resolves it (upheld: the link ends; rejected: it stands).
create table context_link_challenge (
    id               uuid primary key,
    link_id          uuid not null references context_link (id),
    reason           text not null,
    raised_by        uuid,
    raised_by_name   text not null,
    raised_at        timestamptz not null,
    outcome          text check (outcome in ('UPHELD', 'REJECTED')),
    resolution       text,
    resolved_by_name text,
    resolved_at      timestamptz
);
create index context_link_challenge_link on context_link_challenge (link_id, raised_at);
