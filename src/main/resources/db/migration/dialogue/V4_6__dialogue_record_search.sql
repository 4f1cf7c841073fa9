-- What record search reads: each record's current version only, with its text as a
-- tsvector. Derived data, like an index: it follows the versions (which never change)
-- and is rewritten when a record gets a new one.
create table dialogue_record_current (
    record_id   bigint primary key references dialogue_record (id),
    version_id  bigint not null references dialogue_record_version (id),
    status      text not null,
    search      tsvector not null
);
create index dialogue_record_current_search_idx on dialogue_record_current using gin (search);
create index dialogue_record_current_version_idx on dialogue_record_current (version_id);

insert into dialogue_record_current (record_id, version_id, status, search)
select distinct on (record_id) record_id, id, status, search
from dialogue_record_version order by record_id, version desc;
