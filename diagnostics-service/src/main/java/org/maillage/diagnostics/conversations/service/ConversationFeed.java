package org.maillage.diagnostics.conversations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.sync.ChangeFeed;
import org.maillage.commons.sync.Checkpoint;
import org.maillage.commons.sync.SyncPage;
import org.maillage.diagnostics.conversations.repository.ConversationRepository;

/**
 * The conversations' change feed: every conversation, as getConversation shows it to any reader. A change of its
 * diagnostic (superseded, a fragility added) moves it too, as its representation shows the diagnostic's.
 */
@ApplicationScoped
public class ConversationFeed {

    /** The feed's name, as the migration's triggers write it. */
    public static final String FEED = "conversations";

    private final ChangeFeed feed;
    private final ConversationRepository conversations;

    public ConversationFeed(ChangeFeed feed, ConversationRepository conversations) {
        this.feed = feed;
        this.conversations = conversations;
    }

    @Transactional
    public SyncPage<ConversationState> changes(String checkpoint, PageRequest page) {
        return feed.page(Checkpoint.decode(FEED, checkpoint), page, this::load);
    }

    private Map<String, ConversationState> load(List<String> ids) {
        return conversations.byIds(ids).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                found -> new ConversationState(found.getValue().conversation(), found.getValue().diagnostic())));
    }
}
