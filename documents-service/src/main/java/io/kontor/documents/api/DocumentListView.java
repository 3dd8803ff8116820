package io.kontor.documents.api;

import io.kontor.documents.service.DocumentPage;
import io.kontor.events.documents.DocumentType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

@Schema(name = "DocumentList", description = "One page of a folder view")
public record DocumentListView(
        List<DocumentView> items,
        @Schema(description = "Pass as cursor to get the next page; absent on the last page") String nextCursor,
        @Schema(description = "For each of the five folders, how many documents match every filter except type: "
                + "the numbers on the folder tabs") Map<DocumentType, Long> counts) {

    static DocumentListView of(DocumentPage page) {
        return new DocumentListView(page.documents().stream().map(DocumentView::of).toList(), page.nextCursor(),
                page.counts());
    }
}
