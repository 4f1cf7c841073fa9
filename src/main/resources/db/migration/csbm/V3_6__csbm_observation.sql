-- Observation: the notifying state of an observable activity invites the other
-- participating states to observe it, and each invited state answers once.

create table csbm_observation_invitation (
    notification_id bigint       not null references csbm_notification (id),
    invited_state   varchar(32)  not null,
    invited_by      varchar(100) not null,
    invited_at      timestamptz  not null,
    primary key (notification_id, invited_state)
);

create table csbm_observation_answer (
    notification_id bigint       not null,
    invited_state   varchar(32)  not null,
    accepted        boolean      not null,
    answered_by     varchar(100) not null,
    answered_at     timestamptz  not null,
    primary key (notification_id, invited_state),
    foreign key (notification_id, invited_state) references csbm_observation_invitation (notification_id, invited_state)
);
