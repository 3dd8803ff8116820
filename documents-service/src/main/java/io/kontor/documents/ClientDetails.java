package io.kontor.documents;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The editable details of a client, normalised: names trimmed, the VAT number in its compact form, empty optional
 * values absent, accountant ids trimmed and without repeats (first occurrence wins).
 */
public record ClientDetails(String name, String vatNumber, String companyNumber, String country,
                            String externalReference, List<String> accountantIds) {

    public ClientDetails {
        name = Objects.requireNonNull(name, "name").strip();
        vatNumber = VatNumber.normalize(Objects.requireNonNull(vatNumber, "vatNumber"));
        companyNumber = blankToNull(companyNumber);
        country = Objects.requireNonNull(country, "country").strip();
        externalReference = blankToNull(externalReference);
        accountantIds = accountantIds == null ? List.of() : List.copyOf(accountantIds.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .collect(LinkedHashSet::new, LinkedHashSet::add, LinkedHashSet::addAll));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
