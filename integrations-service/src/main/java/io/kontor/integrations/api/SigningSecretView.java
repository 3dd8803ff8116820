package io.kontor.integrations.api;

import io.kontor.integrations.SigningSecret;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "When a webhook signing secret signs: from createdAt until retiresAt (absent: until the next "
        + "rotation). The secret itself is shown only once, when it is issued.")
public record SigningSecretView(Instant createdAt, Instant retiresAt) {

    static SigningSecretView of(SigningSecret secret) {
        return new SigningSecretView(secret.createdAt(), secret.retiresAt());
    }
}
