-- Annual exchanges, annual calendars and risk-reduction requests are delivered to their
-- addressee states' inboxes and acknowledged there as incident reports and hotline
-- messages are. Items submitted before this migration were not delivered; they stay so.

alter table csbm_item_delivery drop constraint csbm_item_delivery_item_kind_check;
alter table csbm_item_delivery add constraint csbm_item_delivery_item_kind_check check (item_kind in
    ('HAZARDOUS_INCIDENT', 'HOTLINE_MESSAGE', 'ANNUAL_EXCHANGE', 'ANNUAL_CALENDAR', 'RISK_REDUCTION_REQUEST'));
