package org.annalist.security;

/** A person who can sign in: the name they sign in with, their role, whether the account is active. */
public record Account(String name, UserRole role, boolean enabled) {
}
