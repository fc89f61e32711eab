package org.annalist.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person may do. Each role includes the ones before it: an editor reads, an admin edits. The granted authorities
 * list every included role, so a check names only the least role an action needs ({@code hasRole('EDITOR')}).
 */
public enum UserRole {
    /** The timeline, the documents, the exports. */
    READER,
    /** Import, curation of events, fixes of documents. */
    EDITOR,
    /** Accounts, deletion of documents, settings. */
    ADMIN;

    /** The Spring Security authorities of this role: its own and the ones it includes. */
    public List<String> authorities() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).map(UserRole::authority).toList();
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** The name people type and read: reader, editor, admin. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<UserRole> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(text == null ? "" : text.strip())).findFirst();
    }

    /** The highest role among granted authorities, if any. */
    public static Optional<UserRole> highest(Collection<String> authorities) {
        UserRole best = null;
        for (UserRole role : values()) {
            if (authorities.contains(role.authority())) {
                best = role;
            }
        }
        return Optional.ofNullable(best);
    }
}
