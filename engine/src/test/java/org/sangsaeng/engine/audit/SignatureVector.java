package org.sangsaeng.engine.audit;

/**
 * A fixed Ed25519 key and one checkpoint signed with it (Ed25519 signatures are deterministic): the
 * exporter must sign to exactly this, and the app's verifier (AuditCheckpointTests) must accept it.
 */
final class SignatureVector {

    static final String PRIVATE_KEY =
            "MC4CAQAwBQYDK2VwBCIEIBvQfKPN5tfdc2kjLaCCuyjCU4yf85Ur8TEnPiqzZ283";
    static final String PUBLIC_KEY = "MCowBQYDK2VwAyEAPboJ7voIoII7TjqPoFxoxjgk0E8rNVZtUyzcTi7PZ90=";
    static final String KEY_ID = "f4286250e408fab4";
    static final String HEAD = "37b028e5b5ba82fd01443571d8b519e0df6a6dfd9ee3cfaed584332a4e8d3bce";
    static final long SIGNED_AT = 1795402800123L;
    static final String SIGNATURE =
            "SuafYrhdrlBWUjcPsmPJnESdkqzq7wmsbcksoH/8vwu9cwX6jEocm66UjvJ1zFzBNMJUcyelUH8jx9SzGmWIBQ==";

    private SignatureVector() {}
}
