package io.kontor.integrations.api;

import io.kontor.integrations.Integration;
import io.kontor.integrations.SigningSecret;
import io.kontor.problem.KeysetCursor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

@Schema(description = "One page of integrations, oldest first: a client's, or an installation's across the firm's "
        + "clients.")
public record IntegrationList(
        List<IntegrationView> items,
        @Schema(description = "Pass as cursor to get the next page; absent on the last page.", nullable = true)
        String nextCursor) {

    /** Page sizes of both lists: a client has a handful of integrations, an installation one per client. */
    static final int DEFAULT_PAGE = 100;
    static final int MAX_PAGE = 500;

    /**
     * @param fetched   up to {@code size + 1} integrations: one more than the page says that another page follows
     * @param secretsOf the signing secrets of the integrations on the page
     */
    static IntegrationList page(List<Integration> fetched, int size,
                                Function<List<Integration>, Map<UUID, List<SigningSecret>>> secretsOf) {
        List<Integration> page = fetched.subList(0, Math.min(size, fetched.size()));
        Map<UUID, List<SigningSecret>> secrets = secretsOf.apply(page);
        String next = null;
        if (fetched.size() > size) {
            Integration last = page.get(page.size() - 1);
            next = new KeysetCursor(last.createdAt(), last.id()).encode();
        }
        return new IntegrationList(page.stream().map(integration -> IntegrationView.of(integration,
                secrets.getOrDefault(integration.id(), List.of()))).toList(), next);
    }
}
