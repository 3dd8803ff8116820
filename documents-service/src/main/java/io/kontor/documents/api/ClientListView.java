package io.kontor.documents.api;

import io.kontor.documents.service.ClientPage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ClientList", description = "One page of the client directory.")
public record ClientListView(
        List<ClientView> items,
        @Schema(description = "Pass as `cursor` to get the next page; null on the last page")
        String nextCursor) {

    static ClientListView of(ClientPage page) {
        return new ClientListView(page.items().stream().map(ClientView::of).toList(), page.nextCursor());
    }
}
