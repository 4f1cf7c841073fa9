-- Replies to requests and to incident reports, meeting requests, activity reports and
-- invitations to observe are delivered to their addressee states' inboxes and acknowledged there like the items they
-- answer or follow. Each carries the id of that item, of which it is the only one.

alter table csbm_item_delivery drop constraint csbm_item_delivery_item_kind_check;
alter table csbm_item_delivery add constraint csbm_item_delivery_item_kind_check check (item_kind in
    ('HAZARDOUS_INCIDENT', 'HOTLINE_MESSAGE', 'ANNUAL_EXCHANGE', 'ANNUAL_CALENDAR', 'RISK_REDUCTION_REQUEST',
     'REQUEST_REPLY', 'MEETING_REQUEST', 'INCIDENT_REPLY', 'ACTIVITY_REPORT', 'OBSERVATION_INVITATION'));

-- What was replied, requested or reported before is delivered now, at the time it was
-- made, unacknowledged; nothing official is changed. A meeting request for all states goes
-- to the states that received the body's notifications or items, the ones the platform
-- knows as the body's participating states from its own record.
insert into csbm_item_delivery (item_kind, item_id, body_code, from_state, addressee, delivered_at)
select 'REQUEST_REPLY', r.id, r.body_code, r.addressee_state, r.requesting_state, y.replied_at
from csbm_request r join csbm_request_reply y on y.request_id = r.id
on conflict do nothing;

insert into csbm_item_delivery (item_kind, item_id, body_code, from_state, addressee, delivered_at)
select 'INCIDENT_REPLY', i.id, i.body_code, i.other_state, i.reporting_state, y.replied_at
from csbm_incident i join csbm_incident_reply y on y.incident_id = i.id
on conflict do nothing;

insert into csbm_item_delivery (item_kind, item_id, body_code, from_state, addressee, delivered_at)
select 'ACTIVITY_REPORT', n.id, n.body_code, n.state, d.addressee, a.reported_at
from csbm_notification n join csbm_activity_report a on a.notification_id = n.id
    join csbm_delivery d on d.notification_id = n.id
on conflict do nothing;

insert into csbm_item_delivery (item_kind, item_id, body_code, from_state, addressee, delivered_at)
select 'OBSERVATION_INVITATION', n.id, n.body_code, n.state, i.invited_state, i.invited_at
from csbm_notification n join csbm_observation_invitation i on i.notification_id = n.id
on conflict do nothing;

insert into csbm_item_delivery (item_kind, item_id, body_code, from_state, addressee, delivered_at)
select 'MEETING_REQUEST', r.id, r.body_code, r.requesting_state, r.addressee_state, m.requested_at
from csbm_request r join csbm_request_meeting m on m.request_id = r.id
where m.scope = 'BILATERAL'
on conflict do nothing;

insert into csbm_item_delivery (item_kind, item_id, body_code, from_state, addressee, delivered_at)
select distinct 'MEETING_REQUEST', r.id, r.body_code, r.requesting_state, known.state, m.requested_at
from csbm_request r join csbm_request_meeting m on m.request_id = r.id
    join (select n.body_code, d.addressee as state from csbm_notification n join csbm_delivery d on d.notification_id = n.id
          union select body_code, addressee from csbm_item_delivery
          union select body_code, from_state from csbm_item_delivery) known on known.body_code = r.body_code
where m.scope = 'ALL_STATES' and known.state <> r.requesting_state
on conflict do nothing;
