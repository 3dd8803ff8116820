package io.kontor.testing;

/**
 * The retired at-rest key of the tests ({@code kontor.secrets.previous-keys} in this jar's configuration): the
 * services still read values sealed with it, as after a key rotation, and move them to the current key.
 */
public final class TestSecretKeys {

    public static final String RETIRED_KEY_ID = "test-0";
    public static final String RETIRED_KEY = "dGVzdC1vbmx5LXJldGlyZWQta2V5LWtvbnRvci0wMDA=";
    /** The key id new values are sealed with in tests ({@code kontor.secrets.key-id}). */
    public static final String CURRENT_KEY_ID = "test-1";

    private TestSecretKeys() {
    }
}
