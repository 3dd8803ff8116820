package io.kontor.store.service;

import io.kontor.events.documents.DocumentType;
import io.kontor.problem.InvalidInput;
import io.kontor.problem.Violation;
import io.kontor.store.DeliveryChannel;
import io.kontor.store.Extension;
import io.kontor.store.ExtensionCategory;
import io.kontor.store.ExtensionNotFound;
import io.kontor.store.repository.ExtensionRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Browsing the extension catalog. The catalog is the same for every partner. */
@ApplicationScoped
public class CatalogService {

    private final ExtensionRepository extensions;

    CatalogService(ExtensionRepository extensions) {
        this.extensions = extensions;
    }

    /**
     * The extensions that match every given criterion, by name. Criteria arrive as the caller typed them; an
     * unknown category, channel or document type is refused with the values that exist.
     */
    public List<Extension> browseCatalog(String category, String channel, String documentType, String text) {
        List<Violation> violations = new ArrayList<>();
        ExtensionCategory wantedCategory = parse("category", category, ExtensionCategory.class, violations);
        DeliveryChannel wantedChannel = parse("channel", channel, DeliveryChannel.class, violations);
        DocumentType wantedType = parse("documentType", documentType, DocumentType.class, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput("validation-failed", "Request validation failed",
                    "Fix these query parameters and send the request again: "
                            + String.join(", ", violations.stream().map(Violation::field).toList()) + ".",
                    violations);
        }
        String wantedText = text == null || text.isBlank() ? null : text.strip();
        return extensions.allByName().stream()
                .filter(extension -> extension.matches(wantedCategory, wantedChannel, wantedType, wantedText))
                .toList();
    }

    public Extension extension(String extensionKey) {
        return extensions.findByIdOptional(extensionKey).orElseThrow(() -> new ExtensionNotFound(extensionKey));
    }

    private static <E extends Enum<E>> E parse(String parameter, String value, Class<E> type,
                                               List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(parameter, "must be one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }
}
