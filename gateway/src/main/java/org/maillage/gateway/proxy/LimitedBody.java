package org.maillage.gateway.proxy;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;

/**
 * The upstream side of a body of unknown length (chunked): counts what passes and fails the write that
 * goes beyond the limit, so the relay stops there and the caller gets a 413 instead of an unbounded upload.
 */
final class LimitedBody implements WriteStream<Buffer> {

    /** The failure that stops the relay; recognised by the exchange to answer 413. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("Request body over " + limit + " bytes", null, false, false);
        }
    }

    private final WriteStream<Buffer> target;
    private final long limit;
    private long written;

    LimitedBody(WriteStream<Buffer> target, long limit) {
        this.target = target;
        this.limit = limit;
    }

    @Override
    public Future<Void> write(Buffer data) {
        written += data.length();
        return written > limit ? Future.failedFuture(new TooLarge(limit)) : target.write(data);
    }

    @Override
    public void write(Buffer data, Handler<AsyncResult<Void>> handler) {
        write(data).onComplete(handler);
    }

    @Override
    public Future<Void> end() {
        return target.end();
    }

    @Override
    public void end(Handler<AsyncResult<Void>> handler) {
        target.end(handler);
    }

    @Override
    public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        target.exceptionHandler(handler);
        return this;
    }

    @Override
    public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
        target.setWriteQueueMaxSize(maxSize);
        return this;
    }

    @Override
    public boolean writeQueueFull() {
        return target.writeQueueFull();
    }

    @Override
    public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
        target.drainHandler(handler);
        return this;
    }
}
