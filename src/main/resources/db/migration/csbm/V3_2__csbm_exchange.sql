-- The annual exchange of military information. A draft is a state's work in progress,
-- seen by its own delegates only and replaced at each save; a submission is final, and
-- a correction is a new version pointing at the version it corrects.

create table csbm_exchange_draft (
    body_code   varchar(32)  not null,
    state       varchar(32)  not null,
    year        int          not null,
    information jsonb        not null,
    saved_by    varchar(100) not null,
    saved_at    timestamptz  not null,
    primary key (body_code, state, year)
);

create table csbm_exchange (
    id           bigint generated always as identity primary key,
    body_code    varchar(32)  not null,
    state        varchar(32)  not null,
    year         int          not null,
    version      int          not null check (version > 0),
    corrects     int,
    information  jsonb        not null,
    submitted_by varchar(100) not null,
    submitted_at timestamptz  not null,
    due_on       date,
    days_late    bigint       not null default 0,
    unique (body_code, state, year, version),
    check ((version = 1) = (corrects is null))
);
