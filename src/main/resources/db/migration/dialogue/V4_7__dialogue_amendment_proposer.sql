-- An amendment proposed to the record of a session that does not attribute (Chatham House
-- Rule, off the record, closed) names no proposer, just as its statements name no
-- speaker: who proposed what would tell who said what.
alter table dialogue_record_amendment alter column proposed_by drop not null;

-- Proposers stored before this rule, in sessions that do not attribute, are removed: a name
-- that must never have been stored is not an official act to keep. The only change ever
-- made to these rows, with the immutability trigger set aside for this statement alone.
alter table dialogue_record_amendment disable trigger dialogue_record_amendment_immutable;
update dialogue_record_amendment a set proposed_by = null
from dialogue_record r
join dialogue_session s on s.meeting_id = r.meeting_id and s.position = r.session_position
where r.id = a.record_id and s.record_rule <> 'ON_THE_RECORD' and a.proposed_by is not null;
alter table dialogue_record_amendment enable trigger dialogue_record_amendment_immutable;

create function dialogue_amendment_attribution() returns trigger language plpgsql as $$
declare
    rule text;
begin
    if new.proposed_by is null then
        return new;
    end if;
    select s.record_rule into rule
    from dialogue_record r
    join dialogue_session s on s.meeting_id = r.meeting_id and s.position = r.session_position
    where r.id = new.record_id;
    if rule is distinct from 'ON_THE_RECORD' then
        raise exception 'amendments of a session under rule % name no proposer', rule;
    end if;
    return new;
end $$;

create trigger dialogue_record_amendment_attribution before insert on dialogue_record_amendment
    for each row execute function dialogue_amendment_attribution();
