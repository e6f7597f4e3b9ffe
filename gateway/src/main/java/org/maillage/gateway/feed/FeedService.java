package org.maillage.gateway.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.ProblemException;

/** Reads the feed for a caller, and forgets events past the retention. */
@ApplicationScoped
public class FeedService {

    static final int MAX_TYPE_PATTERNS = 20;

    private final FeedStore store;
    private final FeedConfig config;

    public FeedService(FeedStore store, FeedConfig config) {
        this.store = store;
        this.config = config;
    }

    @Transactional
    public FeedPage read(String after, String types, Integer limit, Set<String> readableAreas) {
        PageRequest page = PageRequest.of(limit, after);
        long position = position(page.cursor());
        List<String> patterns = patterns(types);
        if (page.cursor() != null && position < store.purgedThrough()) {
            throw new ProblemException(410, "cursor-expired", "Cursor expired",
                    "Events after this cursor are older than the feed's retention (" + config.retention().toDays()
                            + " days) and were purged; read again without `after` to restart from the oldest event");
        }
        if (readableAreas.isEmpty()) {
            return new FeedPage(List.of(), page.cursor(), false);
        }
        List<FeedStore.Row> rows = store.after(new FeedQuery(position, readableAreas, patterns, page.limit()));
        boolean more = rows.size() > page.limit();
        List<FeedStore.Row> kept = more ? rows.subList(0, page.limit()) : rows;
        String next = kept.isEmpty() ? page.cursor() : String.valueOf(kept.get(kept.size() - 1).position());
        return new FeedPage(kept.stream().map(FeedStore.Row::event).toList(), next, more);
    }

    /** Purges events received longer ago than the retention; returns how many. */
    @Transactional
    public int purge() {
        return store.purgeReceivedBefore(Instant.now().minus(config.retention()));
    }

    private static long position(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            long position = Long.parseLong(cursor);
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("after is not a cursor this feed issued",
                List.of(new FieldError("after", "InvalidCursor", "is not a cursor issued by the event feed")));
    }

    private static List<String> patterns(String types) {
        if (types == null || types.isBlank()) {
            return List.of();
        }
        List<String> patterns = Arrays.stream(types.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
        List<String> invalid = patterns.stream().filter(p -> !TypePatterns.valid(p)).toList();
        if (!invalid.isEmpty() || patterns.size() > MAX_TYPE_PATTERNS) {
            throw new BadRequestException("types must be at most " + MAX_TYPE_PATTERNS + " comma-separated event "
                    + "types, with * as wildcard", List.of(new FieldError("types", "Pattern",
                    "letters, digits, '.', '_', '-' and '*' only, " + TypePatterns.MAX_LENGTH + " characters at most")));
        }
        if (patterns.stream().anyMatch(TypePatterns::tooManyWildcards)) {
            throw new BadRequestException("types may have at most " + TypePatterns.MAX_WILDCARDS + " '*' per pattern",
                    List.of(new FieldError("types", "TooManyWildcards",
                            "at most " + TypePatterns.MAX_WILDCARDS + " '*' per pattern")));
        }
        return patterns;
    }
}
