-- The last step of consultation on unusual military activity: the record of the meeting
-- held after the meeting request. When and where it was held, the states present (for a
-- bilateral meeting the two; for an all-states meeting those present, the two among them),
-- a short record of the outcome, and the state whose delegate recorded it. One per meeting
-- request, an official act like the steps before it: never updated nor deleted.

create table csbm_request_meeting_record (
    request_id      bigint        primary key references csbm_request_meeting (request_id),
    held_at         timestamptz   not null,
    place           varchar(200)  not null,
    states          varchar(32)[] not null check (cardinality(states) >= 2),
    outcome         text          not null,
    recording_state varchar(32)   not null,
    recorded_by     varchar(100)  not null,
    recorded_at     timestamptz   not null,
    check (held_at <= recorded_at)
);

create trigger csbm_request_meeting_record_immutable before update or delete on csbm_request_meeting_record
    for each row execute function csbm_refuse_change();

-- The record is delivered like the meeting request, to the other state or to every other
-- participating state, and acknowledged there.
alter table csbm_item_delivery drop constraint csbm_item_delivery_item_kind_check;
alter table csbm_item_delivery add constraint csbm_item_delivery_item_kind_check check (item_kind in
    ('HAZARDOUS_INCIDENT', 'HOTLINE_MESSAGE', 'ANNUAL_EXCHANGE', 'ANNUAL_CALENDAR', 'RISK_REDUCTION_REQUEST',
     'REQUEST_REPLY', 'MEETING_REQUEST', 'INCIDENT_REPLY', 'ACTIVITY_REPORT', 'OBSERVATION_INVITATION',
     'MEETING_RECORD'));
