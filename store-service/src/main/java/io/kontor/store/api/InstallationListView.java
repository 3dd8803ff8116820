package io.kontor.store.api;

import io.kontor.problem.KeysetCursor;
import io.kontor.store.Installation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "InstallationList", description = "One page of the firm's installations, oldest first.")
public record InstallationListView(
        List<InstallationView> items,
        @Schema(description = "Pass as cursor to get the next page; absent on the last page.", nullable = true)
        String nextCursor) {

    /** @param fetched up to {@code size + 1} installations: one more than the page says that another page follows */
    static InstallationListView page(List<Installation> fetched, int size) {
        List<Installation> page = fetched.subList(0, Math.min(size, fetched.size()));
        String next = null;
        if (fetched.size() > size) {
            Installation last = page.get(page.size() - 1);
            next = new KeysetCursor(last.createdAt(), last.id()).encode();
        }
        return new InstallationListView(page.stream().map(InstallationView::of).toList(), next);
    }
}
