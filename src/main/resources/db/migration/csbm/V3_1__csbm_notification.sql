-- Prior notifications of military activities, their delivery to every other
-- participating state and each state's acknowledgement. None of these rows is ever
-- updated or deleted: each is an official act, or the record of one.

create table csbm_notification (
    id               bigint generated always as identity primary key,
    body_code        varchar(32)  not null,
    state            varchar(32)  not null,
    submitted_by     varchar(100) not null,
    submitted_at     timestamptz  not null,
    activity_type    varchar(16)  not null,
    starts_on        date         not null,
    ends_on          date         not null check (ends_on >= starts_on),
    area             jsonb        not null,
    forces           jsonb        not null,
    description      text         not null default '',
    rule_set_version int          not null,
    verdict          jsonb        not null,
    -- The client's key for this submission: the same key from the same account returns the first result.
    idempotency_key  varchar(200),
    unique (submitted_by, idempotency_key)
);

create index csbm_notification_body_state on csbm_notification (body_code, state, starts_on);

-- The activities a notification links to (their forces count together).
create table csbm_notification_link (
    notification_id bigint not null references csbm_notification (id),
    linked_id       bigint not null references csbm_notification (id),
    primary key (notification_id, linked_id)
);

create table csbm_delivery (
    notification_id bigint      not null references csbm_notification (id),
    addressee       varchar(32) not null,
    delivered_at    timestamptz not null,
    primary key (notification_id, addressee)
);

create index csbm_delivery_inbox on csbm_delivery (addressee, notification_id);

create table csbm_acknowledgement (
    notification_id bigint       not null,
    addressee       varchar(32)  not null,
    acknowledged_at timestamptz  not null,
    acknowledged_by varchar(100) not null,
    primary key (notification_id, addressee),
    foreign key (notification_id, addressee) references csbm_delivery (notification_id, addressee)
);
