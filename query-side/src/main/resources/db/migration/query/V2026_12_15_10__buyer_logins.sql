-- Buyers' logins (docs/security.md, "Buyer accounts"). users and authorities are Spring Security's JDBC user store
-- (users.ddl in spring-security-core) for PostgreSQL: text instead of varchar_ignorecase(50), which an e-mail
-- address outgrows; user names are stored lower-cased, so no case-insensitive type is needed.
create table users (
    username text primary key,      -- the e-mail address, lower-cased
    password text not null,         -- from the delegating encoder: {bcrypt}$2a$10$...
    enabled  boolean not null       -- false while the sign-up that created it has not registered the customer
);

create table authorities (
    username  text not null references users (username) on delete cascade,
    authority text not null
);
create unique index ix_auth_username on authorities (username, authority);

-- Which customer a login is, and the sign-up that owns a login not enabled yet (BuyerLogins).
create table customer_login (
    username           text primary key references users (username) on delete cascade,
    customer_id        uuid not null unique,
    sign_up_attempt    uuid,           -- the sign-up in flight; null when none is
    sign_up_started_at timestamptz not null
);
