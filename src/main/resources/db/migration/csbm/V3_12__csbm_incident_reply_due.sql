-- When the reply to a hazardous incident report is due: the hours of the rules in force
-- on the day it was reported (the latest version to have taken effect by then) after it
-- was reported. Rule set versions are never changed and never reach back into days past,
-- so the due time of a report never changes either. Null when no version was in force or
-- the version in force sets no reply time (versions adopted before it had one): such a
-- report is never overdue.

create view csbm_incident_reply_due as
select i.id as incident_id, coalesce(v.version, 0) as rule_set_version,
    i.reported_at + (v.rules ->> 'incidentReplyHours')::int * interval '1 hour' as reply_due
from csbm_incident i
left join lateral (
    select r.version, r.rules from csbm_rule_set_version r
    where r.body_code = i.body_code and r.effective_from <= (i.reported_at at time zone 'UTC')::date
    order by r.version desc limit 1
) v on true;
