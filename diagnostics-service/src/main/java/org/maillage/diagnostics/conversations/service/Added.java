package org.maillage.diagnostics.conversations.service;

/** Something a write added to a conversation, with the conversation's version after the write (its ETag). */
public record Added<T>(T item, long conversationVersion) {
}
