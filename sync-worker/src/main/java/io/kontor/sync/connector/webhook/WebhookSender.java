package io.kontor.sync.connector.webhook;

import io.kontor.sync.config.WebhookConfig;
import io.kontor.sync.connector.ErrorClass;
import io.kontor.sync.connector.ResponseExcerpt;
import io.kontor.sync.connector.net.Destination;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.tracing.TracingPolicy;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends one POST to a {@link Destination} and reads the start of the answer.
 *
 * <p><b>Why Vert.x's HTTP client.</b> The SSRF guard only holds if the connection goes to the very address it
 * checked, while the {@code Host} header, SNI and the certificate check still use the URL's host name. Vert.x lets
 * a request name the server to connect to apart from its host ({@link RequestOptions#setServer}); it then connects
 * to that socket address without resolving anything, and TLS takes its peer name from the request's host. The
 * JDK's {@code java.net.http.HttpClient} has no such option (its resolver is JVM-wide, and connecting to an IP
 * literal loses SNI and hostname verification), and Apache HttpClient 5 would do it through a custom
 * {@code DnsResolver} but is another dependency, while Vert.x is already in every Quarkus service.
 *
 * <p>Redirects are not followed. An attempt is bounded as a whole, not per read: a receiver that sends one byte
 * every few seconds is cut off at the deadline like one that sends nothing.
 */
@ApplicationScoped
public class WebhookSender {

    private final HttpClient client;

    @Inject
    public WebhookSender(Vertx vertx, WebhookConfig config) {
        this(vertx.createHttpClient(clientOptions(config)));
    }

    WebhookSender(HttpClient client) {
        this.client = client;
    }

    /**
     * HTTP/1.1 (every receiver speaks it), the configured connect timeout, host names verified. Vert.x's own tracing
     * is off for these requests: the attempt's span is their client span and the connector sends its
     * {@code traceparent}; a second span from Vert.x would replace that header with one naming itself.
     */
    static HttpClientOptions clientOptions(WebhookConfig config) {
        return new HttpClientOptions()
                .setTracingPolicy(TracingPolicy.IGNORE)
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setConnectTimeout(Math.toIntExact(config.connectTimeout().toMillis()))
                .setVerifyHost(true);
    }

    /**
     * Posts {@code body} and waits at most {@code timeout} for the whole answer; reads no more of it than
     * {@link ResponseExcerpt#READ_LIMIT}.
     */
    WebhookResponse post(Destination destination, Map<String, String> headers, byte[] body, Duration timeout)
            throws ExchangeFailed {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(
                        new InetSocketAddress(destination.address(), destination.port())))
                .setHost(destination.host())
                .setPort(destination.port())
                .setSsl(destination.tls())
                .setURI(destination.requestTarget())
                .setFollowRedirects(false)
                // Vert.x's own timer, in case the request starts just as the deadline below passes.
                .setIdleTimeout(timeout.toMillis());
        headers.forEach(options::putHeader);
        AtomicReference<HttpClientRequest> started = new AtomicReference<>();
        // read() is attached to send()'s own future, on the event loop, before the answer can arrive. Chained after
        // the outer future instead, it may run a tick later, when a short answer has already ended and its body
        // handlers can no longer be set ("Response already ended": a delivered webhook taken for a failure).
        Future<WebhookResponse> exchange = client.request(options)
                .compose(request -> {
                    started.set(request);
                    return request.send(Buffer.buffer(body)).compose(WebhookSender::read);
                });
        try {
            return exchange.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon(started.get());
            throw new ExchangeFailed(ErrorClass.TIMEOUT, "no complete answer from " + destination.host()
                    + " within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(started.get());
            throw new ExchangeFailed(ErrorClass.INTERRUPTED, "the worker stopped during the attempt");
        } catch (ExecutionException e) {
            throw ExchangeFailed.of(e.getCause(), destination);
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Reads up to the excerpt's size; past that the connection is dropped rather than the rest awaited. */
    private static Future<WebhookResponse> read(HttpClientResponse response) {
        Promise<WebhookResponse> answered = Promise.promise();
        Buffer received = Buffer.buffer();
        response.handler(chunk -> {
            int room = ResponseExcerpt.READ_LIMIT - received.length();
            received.appendBuffer(chunk, 0, Math.min(room, chunk.length()));
            if (chunk.length() > room) {
                answered.tryComplete(answer(response, received));
                response.request().reset();
            }
        });
        response.endHandler(end -> answered.tryComplete(answer(response, received)));
        response.exceptionHandler(answered::tryFail);
        return answered.future();
    }

    private static WebhookResponse answer(HttpClientResponse response, Buffer received) {
        return new WebhookResponse(response.statusCode(), response.getHeader(HttpHeaders.RETRY_AFTER),
                response.getHeader(HttpHeaders.LOCATION), ResponseExcerpt.of(received.getBytes()));
    }

    private static void abandon(HttpClientRequest request) {
        if (request != null) {
            request.reset();
        }
    }
}
