package org.maillage.commons.persistence;

import java.sql.SQLException;
import java.time.Duration;

/**
 * A figure read from the database at most once per interval, so that the gauges of one scrape and a health
 * check share one query however often they ask.
 */
public final class CachedReading<T> {

    /** The query behind the figure. */
    @FunctionalInterface
    public interface Reader<T> {
        T read() throws SQLException;
    }

    private final Reader<T> reader;
    private final long freshForNanos;
    private T last;
    private long readAtNanos;

    public CachedReading(Reader<T> reader, Duration freshFor) {
        this.reader = reader;
        this.freshForNanos = freshFor.toNanos();
    }

    public synchronized T get() throws SQLException {
        if (last == null || System.nanoTime() - readAtNanos > freshForNanos) {
            last = reader.read();
            readAtNanos = System.nanoTime();
        }
        return last;
    }
}
