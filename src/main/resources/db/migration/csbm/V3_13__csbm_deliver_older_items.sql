-- Annual exchanges, annual calendars and risk-reduction requests submitted before V3_10
-- were never delivered: they have no delivery row, so they never reached an inbox. They
-- are delivered now as V3_10's code delivers a new item: an exchange or a calendar to
-- every other state taking part in the body when it was submitted (a member or an
-- observer, by the latest membership change in effect on that day, UTC), a request to the
-- state asked; at the time the item was submitted or asked, and not acknowledged. Only
-- rows are added: no official row is changed. An item that has any delivery row is left
-- alone, so running this again adds nothing. (The membership history is the framework's; it is read here, never written.)

insert into csbm_item_delivery (item_kind, item_id, body_code, from_state, addressee, delivered_at)
with submitted as (
    select 'ANNUAL_EXCHANGE' as item_kind, id, body_code, state, submitted_at from csbm_exchange
    union all
    select 'ANNUAL_CALENDAR', id, body_code, state, submitted_at from csbm_calendar
)
select s.item_kind, s.id, s.body_code, s.state, p.code, s.submitted_at
from submitted s
join framework_body b on b.code = s.body_code
join framework_participant p on p.kind = 'STATE' and p.code <> s.state
join lateral (
    select c.status_after from framework_membership_change c
    where c.body_id = b.id and c.participant_id = p.id
      and c.effective_on <= (s.submitted_at at time zone 'UTC')::date
    order by c.sequence desc limit 1
) membership on membership.status_after in ('MEMBER', 'OBSERVER')
where not exists (select 1 from csbm_item_delivery d where d.item_kind = s.item_kind and d.item_id = s.id)
on conflict do nothing;

insert into csbm_item_delivery (item_kind, item_id, body_code, from_state, addressee, delivered_at)
select 'RISK_REDUCTION_REQUEST', r.id, r.body_code, r.requesting_state, r.addressee_state, r.asked_at
from csbm_request r
where not exists (select 1 from csbm_item_delivery d where d.item_kind = 'RISK_REDUCTION_REQUEST' and d.item_id = r.id)
on conflict do nothing;
