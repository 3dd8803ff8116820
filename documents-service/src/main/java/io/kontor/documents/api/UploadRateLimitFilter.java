package io.kontor.documents.api;

import io.kontor.documents.service.UploadRateLimiter;
import io.kontor.tenancy.Caller;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Applies the firm's upload rate limit after the caller is authorized and before the REST layer reads the multipart
 * body: a refused upload sent with its Content-Length costs neither the disk its spooled file would take nor its
 * parsing. (One streamed without a length has been read up to the body limit by then; see kontor-problem-details.)
 */
@Provider
@UploadRateLimit
@Priority(Priorities.USER)
public class UploadRateLimitFilter implements ContainerRequestFilter {

    private final UploadRateLimiter limiter;
    private final Caller caller;

    UploadRateLimitFilter(UploadRateLimiter limiter, Caller caller) {
        this.limiter = limiter;
        this.caller = caller;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        limiter.admit(caller.partnerId());
    }
}
