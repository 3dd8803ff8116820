package io.kontor.documents.service;

import io.kontor.documents.config.DocumentsConfig;
import io.kontor.downloadlinks.DownloadLinkRefused;
import io.kontor.downloadlinks.DownloadLinkTokens;
import io.kontor.downloadlinks.LinkTarget;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Signs and checks the tokens of download links with this service's key ({@code kontor-download-links} holds the
 * format; the sync-worker signs with the same key for the links in its deliveries), and turns a refused token into
 * the problem the caller sees.
 */
// Created at start-up, so that a missing or malformed key stops the service instead of failing requests.
@Startup
@ApplicationScoped
public class DownloadLinkSigner {

    private final DownloadLinkTokens tokens;

    @Inject
    DownloadLinkSigner(DocumentsConfig config) {
        this.tokens = DownloadLinkTokens.fromBase64(config.downloadLinks().secret(),
                "kontor.documents.download-links.secret");
    }

    DownloadLinkSigner(byte[] secret) {
        this.tokens = new DownloadLinkTokens(secret);
    }

    public String sign(LinkTarget target, Instant expiresAt) {
        return tokens.sign(target, expiresAt);
    }

    /**
     * @return the document the token grants, if its signature is ours and it has not expired at {@code now}
     * @throws InvalidDownloadLink the token was not signed with this service's key, or was altered
     * @throws DownloadLinkExpired the token is genuine but too old
     */
    public LinkTarget verify(String token, Instant now) {
        try {
            return tokens.verify(token, now);
        } catch (DownloadLinkRefused refused) {
            if (refused.isExpired()) {
                throw new DownloadLinkExpired(refused.expiredAt());
            }
            throw new InvalidDownloadLink();
        }
    }
}
