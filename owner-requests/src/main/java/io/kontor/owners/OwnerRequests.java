package io.kontor.owners;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * GETs one resource from the service that owns it, as the caller: the caller's own bearer token goes along, so the
 * owner applies its own tenancy and roles (another firm's client is a 404 there, as it must be here). Anything but
 * a usable 200 or a 404 is an {@link OwnerUnavailable}: the caller gets a 503 to retry, never a 500.
 *
 * <p>A service wraps it in one class per owner, which knows the owner's paths and answer records. The answer type is
 * best such a record, which Jackson checks as it reads; a {@link JsonNode} (a page to walk, say) is only checked for
 * being there, so its reader checks the rest.
 */
@ApplicationScoped
public class OwnerRequests {

    private static final Logger LOG = Logger.getLogger(OwnerRequests.class);

    private final HttpClient http;
    private final Duration readTimeout;
    private final Duration retryAfter;
    private final JsonWebToken token;
    private final ObjectMapper json;

    OwnerRequests(OwnerRequestsConfig config, JsonWebToken token, ObjectMapper json) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                // One small GET: no HTTP/2 upgrade round with the owner's server.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.readTimeout = config.readTimeout();
        this.retryAfter = config.retryAfter();
        this.token = token;
        this.json = json;
    }

    /**
     * @param owner   the service asked, for logs and the problem's detail
     * @param subject what it is asked about, e.g. {@code client <id>}
     * @return the answer; empty when the owner has no such resource for this caller (404)
     * @throws OwnerUnavailable no connection or no answer within the timeouts, a 5xx, or an answer that cannot be
     *                          used (another status, a body that is not the expected resource)
     */
    public <T> Optional<T> find(String owner, URI uri, Class<T> type, String subject) {
        HttpResponse<byte[]> response = send(owner, uri, subject);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            // 401/403 here mean the owner refuses a token this service accepted: the two disagree on issuer or keys.
            LOG.warnf("%s answered GET %s with %d", owner, uri, response.statusCode());
            throw unavailable(owner, subject);
        }
        try {
            T found = json.readValue(response.body(), type);
            // A body of JSON null reads as null into a record, but as a NullNode into a JsonNode.
            if (found == null || found instanceof JsonNode node && node.isNull()) {
                throw new IOException("the body is null");
            }
            return Optional.of(found);
        } catch (IOException e) {
            LOG.warnf("%s answered GET %s with a body that is not a %s: %s", owner, uri, type.getSimpleName(),
                    e.getMessage());
            throw unavailable(owner, subject);
        }
    }

    /** Like {@link #find}, for a resource the owner itself named: its absence makes the owner's answers unusable. */
    public <T> T get(String owner, URI uri, Class<T> type, String subject) {
        return find(owner, uri, type, subject).orElseThrow(() -> {
            LOG.warnf("%s answered GET %s with 404, though it named that resource itself", owner, uri);
            return unavailable(owner, subject);
        });
    }

    private HttpResponse<byte[]> send(String owner, URI uri, String subject) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("Authorization", "Bearer " + token.getRawToken())
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            LOG.warnf("%s did not answer GET %s: %s", owner, uri, e.toString());
            throw unavailable(owner, subject);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(owner, subject);
        }
    }

    private OwnerUnavailable unavailable(String owner, String subject) {
        return new OwnerUnavailable(owner, subject, retryAfter);
    }
}
