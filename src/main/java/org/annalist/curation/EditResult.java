package org.annalist.curation;

import java.util.List;

/**
 * What an edit did: whether it changed anything, which fields someone else had changed since the person's view
 * (kept, merged with the person's changes), and the event as it is now.
 */
public record EditResult(boolean changed, List<String> keptFromOthers, EventState state) {
}
