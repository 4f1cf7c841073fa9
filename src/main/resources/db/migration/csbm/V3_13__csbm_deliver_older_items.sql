-- Annual exchanges, annual calendars and risk-reduction requests submitted before V3_10
-- were never delivered: they have no delivery row, so they never reached an inbox. They
-- are delivered now as V3_10's code delivers a new item: an exchange or a calendar to
-- every other state taking part in the body now (a member or an observer, by the latest
-- membership change in effect today), a request to the state asked; at the time the item
-- was submitted or asked, and not acknowledged. Only rows are added: no official row is
-- changed. An item that has any delivery row is left alone, so running this again adds
-- nothing. (The membership history is the framework's; it is read here, never written.)

insert into csbm_item_delivery (item_kind, item_id, body_code, from_state, addressee, delivered_at)
with taking_part_now as (
    select b.code as body_code, p.code as state
    from framework_membership_change c
    join framework_body b on b.id = c.body_id
    join framework_participant p on p.id = c.participant_id and p.kind = 'STATE'
    where c.sequence = (select max(l.sequence) from framework_membership_change l
                        where l.body_id = c.body_id and l.participant_id = c.participant_id
                          and l.effective_on <= current_date)
      and c.status_after in ('MEMBER', 'OBSERVER')
), submitted as (
    select 'ANNUAL_EXCHANGE' as item_kind, id, body_code, state, submitted_at from csbm_exchange
    union all
    select 'ANNUAL_CALENDAR', id, body_code, state, submitted_at from csbm_calendar
)
select s.item_kind, s.id, s.body_code, s.state, t.state, s.submitted_at
from submitted s
join taking_part_now t on t.body_code = s.body_code and t.state <> s.state
where not exists (select 1 from csbm_item_delivery d where d.item_kind = s.item_kind and d.item_id = s.id)
on conflict do nothing;

insert into csbm_item_delivery (item_kind, item_id, body_code, from_state, addressee, delivered_at)
select 'RISK_REDUCTION_REQUEST', r.id, r.body_code, r.requesting_state, r.addressee_state, r.asked_at
from csbm_request r
where not exists (select 1 from csbm_item_delivery d where d.item_kind = 'RISK_REDUCTION_REQUEST' and d.item_id = r.id)
on conflict do nothing;
