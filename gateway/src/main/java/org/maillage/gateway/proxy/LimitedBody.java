package org.maillage.gateway.proxy;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.streams.WriteStream;

/**
 * The upstream side of a body of unknown length (chunked): counts what passes and fails the write that
 * goes beyond the limit, so the relay stops there and the caller gets a 413 instead of an unbounded upload.
 * A body that turns out empty (an HTTP/2 request without content-length whose stream ends at once) is sent
 * as no body, Content-Length 0, so that the service does not take it for an unlabelled upload.
 */
final class LimitedBody implements WriteStream<Buffer> {

    /** The failure that stops the relay; recognised by the exchange to answer 413. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("Request body over " + limit + " bytes", null, false, false);
        }
    }

    private final HttpClientRequest target;
    private final long limit;
    private long written;

    LimitedBody(HttpClientRequest target, long limit) {
        this.target = target;
        this.limit = limit;
    }

    @Override
    public Future<Void> write(Buffer data) {
        if (data.length() == 0) {
            return Future.succeededFuture();
        }
        written += data.length();
        return written > limit ? Future.failedFuture(new TooLarge(limit)) : target.write(data);
    }

    @Override
    public void write(Buffer data, Handler<AsyncResult<Void>> handler) {
        write(data).onComplete(handler);
    }

    @Override
    public Future<Void> end() {
        if (written == 0) {
            target.setChunked(false).putHeader(HttpHeaders.CONTENT_LENGTH, "0");
        }
        return target.end();
    }

    @Override
    public void end(Handler<AsyncResult<Void>> handler) {
        end().onComplete(handler);
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
