-- The Idempotency-Key under which an account made a submission, with what it made and a
-- digest of the request: the same request under the same key returns that first result,
-- another request under it is refused. Written in the submission's transaction, so a key
-- is never remembered without its item nor an item made twice under one key. Prior
-- notifications keep their key on their own row.
create table csbm_idempotency_key (
    account         varchar(100) not null,
    idempotency_key varchar(200) not null,
    item_kind       varchar(32)  not null,
    item_id         bigint       not null,
    request_digest  char(64)     not null,
    recorded_at     timestamptz  not null,
    primary key (account, idempotency_key)
);

-- A key once remembered stays: forgetting it would let a resent submission make a second item.
create trigger csbm_idempotency_key_immutable before update or delete on csbm_idempotency_key
    for each row execute function csbm_refuse_change();
