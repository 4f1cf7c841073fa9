-- Risk reduction: requests for clarification about a submission, and consultations on
-- unusual military activity, with their replies and meeting requests. Each row is an
-- official act: none is updated or deleted; a request is closed by its reply.

create table csbm_request (
    id                      bigint generated always as identity primary key,
    body_code               varchar(32)  not null,
    kind                    varchar(24)  not null check (kind in ('CLARIFICATION', 'UNUSUAL_ACTIVITY')),
    requesting_state        varchar(32)  not null,
    addressee_state         varchar(32)  not null,
    about_notification_id   bigint references csbm_notification (id),
    about_exchange_id       bigint references csbm_exchange (id),
    question                text         not null,
    asked_by                varchar(100) not null,
    asked_at                timestamptz  not null,
    reply_due               timestamptz  not null,
    rule_set_version        int          not null
);

create index csbm_request_body on csbm_request (body_code, asked_at);

create table csbm_request_reply (
    request_id  bigint       primary key references csbm_request (id),
    answer      text         not null,
    replied_by  varchar(100) not null,
    replied_at  timestamptz  not null
);

create table csbm_request_meeting (
    request_id   bigint       primary key references csbm_request (id),
    scope        varchar(16)  not null check (scope in ('BILATERAL', 'ALL_STATES')),
    requested_by varchar(100) not null,
    requested_at timestamptz  not null,
    meeting_due  timestamptz  not null
);
