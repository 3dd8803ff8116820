package io.kontor.store.service;

import io.kontor.events.documents.DocumentType;
import io.kontor.store.DeliveryChannel;
import io.kontor.store.Extension;
import io.kontor.store.ExtensionCategory;
import io.kontor.store.ExtensionNotFound;
import io.kontor.store.repository.ExtensionRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Browsing the extension catalog. The catalog is the same for every partner. */
@ApplicationScoped
public class CatalogService {

    private final ExtensionRepository extensions;

    CatalogService(ExtensionRepository extensions) {
        this.extensions = extensions;
    }

    /**
     * The most extensions one answer lists. The catalog is curated (migrations add its entries, tens of them), so no
     * page is needed; the cap keeps that an assumption the answer can never outgrow.
     */
    public static final int MAX_LISTED = 500;

    /** The extensions matching every given filter (null = any), by name; the first {@link #MAX_LISTED}. */
    public List<Extension> browseCatalog(ExtensionCategory category, DeliveryChannel channel,
                                         DocumentType documentType, String text) {
        String wantedText = text == null || text.isBlank() ? null : text.strip();
        return extensions.allByName().stream()
                .filter(extension -> extension.matches(category, channel, documentType, wantedText))
                .limit(MAX_LISTED)
                .toList();
    }

    public Extension extension(String extensionKey) {
        return extensions.findByIdOptional(extensionKey).orElseThrow(() -> new ExtensionNotFound(extensionKey));
    }
}
