package org.maillage.diagnostics.conversations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.maillage.commons.events.Topics;
import org.maillage.commons.outbox.Outbox;
import org.maillage.diagnostics.conversations.domain.Conversation;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.diagnostics.domain.Priority;
import org.maillage.diagnostics.diagnostics.repository.DiagnosticRepository;
import org.maillage.diagnostics.events.DiagnosticPublished;
import org.maillage.diagnostics.events.DiagnosticSuperseded;
import org.maillage.diagnostics.events.DiagnosticsEvents;
import org.maillage.diagnostics.events.PrioritiesAdopted;
import org.maillage.diagnostics.events.TerritoryData;
import org.maillage.territory.TerritoryKey;

/**
 * Publishes a diagnostic with its adopted priorities, supersedes the territory's previously published one, and
 * records the events (priorities adopted, published, superseded) in the same transaction.
 */
@ApplicationScoped
public class Publication {

    private final DiagnosticRepository diagnostics;
    private final Outbox outbox;

    public Publication(DiagnosticRepository diagnostics, Outbox outbox) {
        this.diagnostics = diagnostics;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Diagnostic diagnostic, Conversation conversation, List<Priority> priorities) {
        diagnostic.publish(priorities);
        TerritoryData territory = new TerritoryData(diagnostic.territoryCode(), diagnostic.territoryLevel().name(),
                diagnostic.territoryName());
        List<Diagnostic> older = diagnostics.published(new TerritoryKey(diagnostic.territoryLevel(),
                diagnostic.territoryCode()), diagnostic.id());
        String id = diagnostic.id().toString();
        outbox.append(Topics.DIAGNOSTICS, DiagnosticsEvents.PRIORITIES_ADOPTED, id, new PrioritiesAdopted(
                diagnostic.id(), conversation.id(), territory, diagnostic.period(), priorities, diagnostic.synthetic(),
                conversation.adoptedAt()));
        outbox.append(Topics.DIAGNOSTICS, DiagnosticsEvents.DIAGNOSTIC_PUBLISHED, id, new DiagnosticPublished(
                diagnostic.id(), territory, diagnostic.period(), diagnostic.synthetic(), diagnostic.fragilities(),
                priorities, older.stream().map(Diagnostic::id).toList(), diagnostic.publishedAt()));
        for (Diagnostic previous : older) {
            previous.supersede(diagnostic.id());
            outbox.append(Topics.DIAGNOSTICS, DiagnosticsEvents.DIAGNOSTIC_SUPERSEDED, previous.id().toString(),
                    new DiagnosticSuperseded(previous.id(), diagnostic.id(), territory, Instant.now()));
        }
    }

}
