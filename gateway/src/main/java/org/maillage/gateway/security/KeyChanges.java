package org.maillage.gateway.security;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Announces, inside the transaction that changes a key, the prefixes whose cached entries must go: every
 * instance's {@link KeyChangeListener} hears it once the transaction commits, and this instance evicts at once
 * after the commit. Evicting before the commit would let a concurrent request cache the old row again.
 */
@ApplicationScoped
public class KeyChanges {

    static final String CHANNEL = "maillage_api_keys";

    private final TransactionSynchronizationRegistry transactions;
    private final KeyCache cache;

    public KeyChanges(TransactionSynchronizationRegistry transactions, KeyCache cache) {
        this.transactions = transactions;
        this.cache = cache;
    }

    /** Must run in the changing transaction; null prefixes (no previous secret) are skipped. */
    public void changed(String... prefixes) {
        List<String> changed = Arrays.stream(prefixes).filter(Objects::nonNull).toList();
        for (String prefix : changed) {
            Panache.getEntityManager().createNativeQuery("select pg_notify(?1, ?2)")
                    .setParameter(1, CHANNEL).setParameter(2, prefix).getSingleResult();
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    changed.forEach(cache::evict);
                }
            }
        });
    }
}
