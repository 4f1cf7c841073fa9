-- Hazardous incident reports (at sea or in the air) filed by one participating state
-- about an incident with another, their delivery to that state's inbox with its
-- acknowledgement, and that state's reply. Delivery and acknowledgement are kept in
-- tables shared by the risk-reduction items addressed to one state (incident reports,
-- hotline messages). Every row is an official act or the record of one: the database
-- refuses to update or delete any of them.

create function csbm_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is an official record: it is never changed nor deleted', tg_table_name;
end $$;

create table csbm_incident (
    id                      bigint generated always as identity primary key,
    body_code               varchar(32)      not null,
    reporting_state         varchar(32)      not null,
    other_state             varchar(32)      not null check (other_state <> reporting_state),
    environment             varchar(16)      not null check (environment in ('AT_SEA', 'IN_THE_AIR')),
    occurred_at             timestamptz      not null,
    latitude                double precision not null check (latitude between -90 and 90),
    longitude               double precision not null check (longitude between -180 and 180),
    units_involved          text             not null,
    closest_approach_metres int              not null check (closest_approach_metres >= 0),
    what_happened           text             not null,
    reported_by             varchar(100)     not null,
    reported_at             timestamptz      not null check (occurred_at <= reported_at)
);

create index csbm_incident_body on csbm_incident (body_code, reported_at);

create table csbm_incident_reply (
    incident_id bigint       primary key references csbm_incident (id),
    answer      text         not null,
    replied_by  varchar(100) not null,
    replied_at  timestamptz  not null
);

-- An item of risk reduction delivered to one addressee state's inbox.
create table csbm_item_delivery (
    item_kind    varchar(24)  not null check (item_kind in ('HAZARDOUS_INCIDENT', 'HOTLINE_MESSAGE')),
    item_id      bigint       not null,
    body_code    varchar(32)  not null,
    from_state   varchar(32)  not null,
    addressee    varchar(32)  not null,
    delivered_at timestamptz  not null,
    primary key (item_kind, item_id, addressee)
);

create index csbm_item_delivery_inbox on csbm_item_delivery (addressee, delivered_at);

create table csbm_item_acknowledgement (
    item_kind       varchar(24)  not null,
    item_id         bigint       not null,
    addressee       varchar(32)  not null,
    acknowledged_at timestamptz  not null,
    acknowledged_by varchar(100) not null,
    primary key (item_kind, item_id, addressee),
    foreign key (item_kind, item_id, addressee) references csbm_item_delivery (item_kind, item_id, addressee)
);

create trigger csbm_incident_immutable before update or delete on csbm_incident
    for each row execute function csbm_refuse_change();
create trigger csbm_incident_reply_immutable before update or delete on csbm_incident_reply
    for each row execute function csbm_refuse_change();
create trigger csbm_item_delivery_immutable before update or delete on csbm_item_delivery
    for each row execute function csbm_refuse_change();
create trigger csbm_item_acknowledgement_immutable before update or delete on csbm_item_acknowledgement
    for each row execute function csbm_refuse_change();
