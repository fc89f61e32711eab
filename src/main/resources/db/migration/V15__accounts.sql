-- Accounts and roles, in Spring Security's standard schema (JdbcUserDetailsManager reads and writes it): a password
-- hash in the delegating encoder's format ({bcrypt}...), and one authority row per role the account holds (an admin
-- holds ROLE_ADMIN, ROLE_EDITOR and ROLE_READER). Plain VARCHAR, so the same script runs on any database.
CREATE TABLE users (
    username VARCHAR(64) NOT NULL PRIMARY KEY,
    password VARCHAR(500) NOT NULL,
    enabled BOOLEAN NOT NULL
);

CREATE TABLE authorities (
    username VARCHAR(64) NOT NULL,
    authority VARCHAR(64) NOT NULL,
    CONSTRAINT fk_authorities_users FOREIGN KEY (username) REFERENCES users (username) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_authorities_username ON authorities (username, authority);
