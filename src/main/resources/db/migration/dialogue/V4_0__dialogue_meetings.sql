-- Dialogue: how a body meets. Bodies and participants are the framework module's; they
-- are named here by their codes, checked through its public API, never joined.

-- The rules a body's members adopted for its meetings: how often its plenary recurs, how
-- long before a meeting perspectives are due, and what happens to a late one. Data, not
-- code: a new version of the rules is a new row, the newest one applies.
create table dialogue_body_rule (
    id                       bigserial primary key,
    body_code                text not null,
    cadence_min_months       integer check (cadence_min_months between 1 and 60),
    cadence_max_months       integer check (cadence_max_months between 1 and 60),
    perspective_deadline_days integer not null default 14 check (perspective_deadline_days between 0 and 365),
    late_perspectives        text not null default 'MARK_LATE'
                             check (late_perspectives in ('ACCEPT', 'MARK_LATE', 'REFUSE')),
    recorded_at              timestamptz not null default now(),
    recorded_by              text not null,
    check (cadence_min_months is null and cadence_max_months is null
           or cadence_min_months <= cadence_max_months)
);
create index dialogue_body_rule_body_idx on dialogue_body_rule (body_code, id);

create table dialogue_meeting (
    id                    bigserial primary key,
    body_code             text not null,
    kind                  text not null check (kind in ('PLENARY', 'PREPARATORY_MEETING', 'WORKSHOP',
                              'STUDY_GROUP_MEETING', 'SUB_COMMITTEE_SESSION', 'SUMMIT')),
    number                integer check (number between 1 and 999),
    title                 text not null,
    starts_on             date not null,
    ends_on               date not null,
    venue                 text not null,
    host_code             text,
    period_from           date,
    period_to             date,
    perspective_deadline  timestamptz,
    description           text not null default '',
    version               integer not null default 1,
    created_at            timestamptz not null default now(),
    created_by            text not null,
    check (ends_on >= starts_on),
    check (period_from is null or period_to is null or period_from <= period_to)
);
create index dialogue_meeting_body_idx on dialogue_meeting (body_code, starts_on);
-- A plenary's number is unique in its body's series.
create unique index dialogue_meeting_number_idx on dialogue_meeting (body_code, kind, number) where number is not null;

-- The sessions of a meeting, in order, each with its record rule and its agenda items.
create table dialogue_session (
    id           bigserial primary key,
    meeting_id   bigint not null references dialogue_meeting (id),
    position     integer not null,
    title        text not null,
    held_on      date not null,
    record_rule  text not null check (record_rule in ('ON_THE_RECORD', 'CHATHAM_HOUSE', 'OFF_THE_RECORD', 'CLOSED')),
    agenda       text[] not null default '{}',
    unique (meeting_id, position)
);

-- Every save of a meeting keeps the version it replaced, so earlier arrangements stay readable.
create table dialogue_meeting_revision (
    id           bigserial primary key,
    meeting_id   bigint not null references dialogue_meeting (id),
    version      integer not null,
    content      jsonb not null,
    recorded_at  timestamptz not null default now(),
    recorded_by  text not null,
    unique (meeting_id, version)
);

-- Which demonstration data sets of this module have been loaded.
create table dialogue_demo_load (
    source     text primary key,
    loaded_at  timestamptz not null default now()
);
