-- The official acts recorded before the database refused changes to them (V3_8) are
-- refused the same way now: rule set versions, prior notifications with their links,
-- deliveries and acknowledgements, activity reports, observation invitations and answers,
-- annual exchanges and calendars, risk-reduction requests, replies and meeting requests.
-- A correction is a new row; nothing here is updated in place or deleted. Drafts of the
-- annual exchange (csbm_exchange_draft) are no act and stay editable; csbm_demo_load only
-- notes which demonstration files were loaded.

create trigger csbm_rule_set_version_immutable before update or delete on csbm_rule_set_version
    for each row execute function csbm_refuse_change();
create trigger csbm_notification_immutable before update or delete on csbm_notification
    for each row execute function csbm_refuse_change();
create trigger csbm_notification_link_immutable before update or delete on csbm_notification_link
    for each row execute function csbm_refuse_change();
create trigger csbm_delivery_immutable before update or delete on csbm_delivery
    for each row execute function csbm_refuse_change();
create trigger csbm_acknowledgement_immutable before update or delete on csbm_acknowledgement
    for each row execute function csbm_refuse_change();
create trigger csbm_exchange_immutable before update or delete on csbm_exchange
    for each row execute function csbm_refuse_change();
create trigger csbm_request_immutable before update or delete on csbm_request
    for each row execute function csbm_refuse_change();
create trigger csbm_request_reply_immutable before update or delete on csbm_request_reply
    for each row execute function csbm_refuse_change();
create trigger csbm_request_meeting_immutable before update or delete on csbm_request_meeting
    for each row execute function csbm_refuse_change();
create trigger csbm_activity_report_immutable before update or delete on csbm_activity_report
    for each row execute function csbm_refuse_change();
create trigger csbm_observation_invitation_immutable before update or delete on csbm_observation_invitation
    for each row execute function csbm_refuse_change();
create trigger csbm_observation_answer_immutable before update or delete on csbm_observation_answer
    for each row execute function csbm_refuse_change();
create trigger csbm_calendar_immutable before update or delete on csbm_calendar
    for each row execute function csbm_refuse_change();
