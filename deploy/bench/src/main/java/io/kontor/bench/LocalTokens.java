package io.kontor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Partner-admin tokens from {@code deploy/local/token}, the documented way to get one for the local stack. */
final class LocalTokens {

    private final Path repoRoot;

    LocalTokens(Path repoRoot) {
        this.repoRoot = repoRoot;
    }

    String partnerAdmin(String partner) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(repoRoot.resolve("deploy/local/token").toString(),
                "--partner", partner, "--role", "partner-admin", "--ttl", "6h")
                .directory(repoRoot.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        if (process.waitFor() != 0 || token.isEmpty()) {
            throw new IOException("deploy/local/token --partner " + partner + " failed");
        }
        return token;
    }
}
