package io.kontor.store.api;

import io.kontor.store.Extension;
import io.kontor.store.service.CatalogService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ExtensionList", description = "The catalog entries that match the query, by name: at most "
        + CatalogService.MAX_LISTED + " (the catalog is curated and holds tens), so not paginated.")
public record ExtensionListView(List<ExtensionSummaryView> items) {

    static ExtensionListView of(List<Extension> extensions) {
        return new ExtensionListView(extensions.stream().map(ExtensionSummaryView::of).toList());
    }
}
