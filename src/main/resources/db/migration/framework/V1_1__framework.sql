-- Participants, formats, bodies, membership history and the history of proposals.
-- Dates from the historical record carry their precision (year, month or day),
-- because the sources often give no more than "July 1993".

create table framework_participant (
    id          bigint generated always as identity primary key,
    code        varchar(32)  not null unique,
    kind        varchar(16)  not null check (kind in ('STATE', 'ORGANIZATION')),
    name        varchar(200) not null,
    short_name  varchar(100) not null,
    description text         not null default ''
);

create table framework_format (
    id          bigint generated always as identity primary key,
    code        varchar(32)  not null unique,
    name        varchar(100) not null,
    description text         not null default ''
);

create table framework_format_participant (
    format_id      bigint not null references framework_format (id),
    participant_id bigint not null references framework_participant (id),
    position       int    not null,
    primary key (format_id, participant_id)
);

create table framework_body (
    id                  bigint generated always as identity primary key,
    code                varchar(32)  not null unique,
    name                varchar(200) not null,
    kind                varchar(32)  not null,
    parent_id           bigint references framework_body (id),
    track               varchar(8)   not null check (track in ('ONE', 'TWO')),
    mandate             varchar(16)  not null check (mandate in ('PENINSULA', 'REGIONAL', 'DUAL')),
    decision_rule       varchar(16)  not null,
    record_rule         varchar(16)  not null check (record_rule in ('PUBLIC', 'RESTRICTED', 'OFF_THE_RECORD')),
    status              varchar(16)  not null,
    format_id           bigint references framework_format (id),
    host_id             bigint references framework_participant (id),
    convened_on         date,
    convened_precision  varchar(8),
    description         text         not null default '',
    check (parent_id is null or parent_id <> id),
    check ((convened_on is null) = (convened_precision is null))
);
create index framework_body_parent_idx on framework_body (parent_id);

-- Append-only: a membership's history is its list of changes; the current status is
-- the status after the latest change. Rows are never updated or deleted.
create table framework_membership_change (
    id                   bigint generated always as identity primary key,
    body_id              bigint       not null references framework_body (id),
    participant_id       bigint       not null references framework_participant (id),
    sequence             int          not null,
    action               varchar(16)  not null,
    status_after         varchar(16)  not null,
    effective_on         date         not null,
    effective_precision  varchar(8)   not null,
    note                 text         not null default '',
    recorded_at          timestamptz  not null default now(),
    recorded_by          varchar(100) not null,
    unique (body_id, participant_id, sequence)
);
create index framework_membership_change_participant_idx on framework_membership_change (participant_id);

create function framework_membership_change_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the history of a membership is append-only: add a change instead';
end;
$$;

create trigger framework_membership_change_append_only
    before update or delete on framework_membership_change
    for each statement execute function framework_membership_change_is_append_only();

create table framework_proposal (
    id                bigint generated always as identity primary key,
    proposed_on       date         not null,
    proposed_precision varchar(8)  not null,
    until_on          date,
    until_precision   varchar(8),
    proposed_by       varchar(200),
    venue             varchar(200) not null default '',
    title             varchar(300) not null,
    scope             varchar(16)  not null check (scope in ('PENINSULA', 'REGIONAL', 'ASIA')),
    summary           text         not null default '',
    outcome           text,
    check (until_on is null or until_on >= proposed_on)
);
create index framework_proposal_date_idx on framework_proposal (proposed_on);

create table framework_proposal_proposer (
    proposal_id    bigint not null references framework_proposal (id),
    participant_id bigint not null references framework_participant (id),
    position       int    not null,
    primary key (proposal_id, participant_id)
);
create index framework_proposal_proposer_participant_idx on framework_proposal_proposer (participant_id);

create table framework_proposal_reaction (
    id             bigint generated always as identity primary key,
    proposal_id    bigint      not null references framework_proposal (id),
    participant_id bigint      not null references framework_participant (id),
    position       int         not null,
    reaction       varchar(16) not null check (reaction in ('SUPPORTED', 'AMBIVALENT', 'OPPOSED', 'SILENT')),
    note           text        not null default ''
);
create index framework_proposal_reaction_proposal_idx on framework_proposal_reaction (proposal_id);

-- Every version of a participant, body or format as the secretariat saved it:
-- edits add a revision, so earlier wording is never lost.
create table framework_revision (
    id           bigint generated always as identity primary key,
    subject_type varchar(16)  not null check (subject_type in ('PARTICIPANT', 'BODY', 'FORMAT')),
    subject_code varchar(32)  not null,
    content      jsonb        not null,
    recorded_at  timestamptz  not null default now(),
    recorded_by  varchar(100) not null
);
create index framework_revision_subject_idx on framework_revision (subject_type, subject_code, id);

-- Codes are unique regardless of case: KOR and kor would be the same participant to a reader.
create unique index framework_participant_code_ci on framework_participant (lower(code));
create unique index framework_format_code_ci on framework_format (lower(code));
create unique index framework_body_code_ci on framework_body (lower(code));

-- Which demonstration data sets have been loaded, so a restart never loads one twice.
create table framework_demo_load (
    source    varchar(200) primary key,
    loaded_at timestamptz  not null default now()
);
