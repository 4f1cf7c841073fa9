-- What actually took place, filed by the notifying state after the activity, beside the
-- notification (which stays as it was). One report per notification.

create table csbm_activity_report (
    notification_id bigint       primary key references csbm_notification (id),
    starts_on       date         not null,
    ends_on         date         not null check (ends_on >= starts_on),
    forces          jsonb        not null,
    description     text         not null default '',
    reported_by     varchar(100) not null,
    reported_at     timestamptz  not null
);
