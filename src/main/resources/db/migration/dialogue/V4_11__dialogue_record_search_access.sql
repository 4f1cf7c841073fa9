-- Record search decides who may read each hit from this table alone: beside each
-- record's current version and its text, the facts the reading rules need, none of which
-- changes once the record exists (a meeting keeps its body, a session with a record keeps
-- its rule, a record keeps its rapporteur).
alter table dialogue_record_current
    add column meeting_id  bigint references dialogue_meeting (id),
    add column body_code   text,
    add column record_rule text,
    add column rapporteur  text;

update dialogue_record_current c
set meeting_id = r.meeting_id, body_code = m.body_code, record_rule = s.record_rule, rapporteur = r.rapporteur
from dialogue_record r
join dialogue_meeting m on m.id = r.meeting_id
join dialogue_session s on s.meeting_id = r.meeting_id and s.position = r.session_position
where r.id = c.record_id;

alter table dialogue_record_current
    alter column meeting_id set not null,
    alter column body_code set not null,
    alter column record_rule set not null,
    alter column rapporteur set not null;

-- The text is kept in the row (compressed), not in a separate TOAST table: a search that
-- reads rows in order of recency then reads each one once, not twice.
alter table dialogue_record_current alter column search set storage main;
