-- Annual calendars: the notifiable activities a state plans for the next year, submitted
-- once (a correction is a new version), later checked against the notifications that follow.

create table csbm_calendar (
    id           bigint generated always as identity primary key,
    body_code    varchar(32)  not null,
    state        varchar(32)  not null,
    year         int          not null,
    version      int          not null check (version > 0),
    corrects     int,
    entries      jsonb        not null,
    submitted_by varchar(100) not null,
    submitted_at timestamptz  not null,
    due_on       date,
    days_late    bigint       not null default 0,
    unique (body_code, state, year, version),
    check ((version = 1) = (corrects is null))
);
