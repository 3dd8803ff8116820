package io.kontor.documents.api;

import io.kontor.documents.ClientDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The editable details of a client: the body of a create ({@code POST}) and of a full update ({@code PUT}). */
@Schema(name = "ClientRequest", description = "A client's editable details.")
public record ClientRequest(
        @Schema(description = "Legal name", examples = "Bakkerij De Vries BV", maxLength = 200)
        @NotBlank @Size(max = 200)
        String name,

        @Schema(description = "VAT identification number with its two-letter prefix; spaces, dots and dashes are "
                + "ignored and the number is stored in compact upper-case form", examples = "NL123456789B01")
        @NotBlank @Size(max = 40) @VatNumberFormat
        String vatNumber,

        @Schema(description = "Company or registration number (KBO, KvK, SIREN, …)", examples = "12345678",
                maxLength = 50)
        @Size(max = 50)
        String companyNumber,

        @Schema(description = "ISO 3166-1 alpha-2 country code", examples = "NL", pattern = "^[A-Z]{2}$")
        @NotNull @CountryCode
        String country,

        @Schema(description = "The firm's own reference for this client, e.g. its id in the practice management "
                + "system", examples = "CRM-0042", maxLength = 200)
        @Size(max = 200)
        String externalReference,

        @Schema(description = "User ids (token subjects) of the accountants assigned to this client")
        @Size(max = 100)
        List<@NotBlank @Size(max = 200) String> accountantIds) {

    ClientDetails toDetails() {
        return new ClientDetails(name, vatNumber, companyNumber, country, externalReference, accountantIds);
    }
}
