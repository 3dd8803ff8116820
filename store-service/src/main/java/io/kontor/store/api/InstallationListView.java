package io.kontor.store.api;

import io.kontor.store.Installation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "InstallationList", description = "The firm's installations, oldest first.")
public record InstallationListView(List<InstallationView> items) {

    static InstallationListView of(List<Installation> installations) {
        return new InstallationListView(installations.stream().map(InstallationView::of).toList());
    }
}
