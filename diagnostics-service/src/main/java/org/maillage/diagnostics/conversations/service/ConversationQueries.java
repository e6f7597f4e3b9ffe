package org.maillage.diagnostics.conversations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.diagnostics.conversations.domain.ConversationFilter;
import org.maillage.diagnostics.conversations.repository.ConversationRepository;

/**
 * Lists conversations. Every caller allowed to read conversations reads all of them, as one conversation is
 * read: the list applies no further rule of its own.
 */
@ApplicationScoped
public class ConversationQueries {

    private final ConversationRepository conversations;

    public ConversationQueries(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    @Transactional
    public List<ConversationState> page(ConversationFilter filter, KeysetCursor after, int fetchSize) {
        return conversations.page(filter, after, fetchSize).stream()
                .map(found -> new ConversationState(found.conversation(), found.diagnostic()))
                .toList();
    }
}
