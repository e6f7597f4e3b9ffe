package org.maillage.diagnostics.diagnostics.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.sync.ChangeFeed;
import org.maillage.commons.sync.Checkpoint;
import org.maillage.commons.sync.SyncPage;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.diagnostics.repository.DiagnosticRepository;

/**
 * The diagnostics' change feed: every diagnostic, as getDiagnostic shows it to any reader, superseded ones (the
 * tombstones of published ones) included.
 */
@ApplicationScoped
public class DiagnosticFeed {

    /** The feed's name, as the migration's trigger writes it. */
    public static final String FEED = "diagnostics";

    private final ChangeFeed feed;
    private final DiagnosticRepository diagnostics;

    public DiagnosticFeed(ChangeFeed feed, DiagnosticRepository diagnostics) {
        this.feed = feed;
        this.diagnostics = diagnostics;
    }

    @Transactional
    public SyncPage<Diagnostic> changes(String checkpoint, PageRequest page) {
        return feed.page(Checkpoint.decode(FEED, checkpoint), page, diagnostics::byIds);
    }
}
