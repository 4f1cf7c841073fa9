-- The hotline between two participating states: an urgent message, delivered to the
-- addressee's inbox (csbm_item_delivery) and acknowledged there with its time
-- (csbm_item_acknowledgement); when the acknowledgement does not come within the minutes
-- of the rules in force when the message was sent, a scheduled job records its
-- escalation to the secretariat. Nothing here is ever updated or deleted.

create table csbm_hotline_message (
    id                   bigint generated always as identity primary key,
    body_code            varchar(32)  not null,
    from_state           varchar(32)  not null,
    to_state             varchar(32)  not null check (to_state <> from_state),
    message              text         not null,
    sent_by              varchar(100) not null,
    sent_at              timestamptz  not null,
    rule_set_version     int          not null,
    -- Null when the rules in force set no acknowledgement time: such a message is never escalated.
    acknowledgement_due  timestamptz  check (acknowledgement_due > sent_at)
);

create index csbm_hotline_body on csbm_hotline_message (body_code, sent_at);
create index csbm_hotline_due on csbm_hotline_message (acknowledgement_due) where acknowledgement_due is not null;

create table csbm_hotline_escalation (
    message_id   bigint      primary key references csbm_hotline_message (id),
    escalated_at timestamptz not null
);

create trigger csbm_hotline_message_immutable before update or delete on csbm_hotline_message
    for each row execute function csbm_refuse_change();
create trigger csbm_hotline_escalation_immutable before update or delete on csbm_hotline_escalation
    for each row execute function csbm_refuse_change();
