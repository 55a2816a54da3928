package com.forecourt.queryside.security.provider;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.text.ParseException;
import java.util.List;
import java.util.UUID;

/**
 * The embedded provider's signing key: one RSA key pair (2048 bits), made by the first node that needs it and kept in
 * {@code oauth2_signing_key}, so that every node of the query side signs and checks tokens with the same key and
 * tokens survive a restart. Read once per process; replacing the key means deleting the row and restarting every
 * node, which invalidates every token issued (buyers sign in again).
 */
final class SigningKeys implements JWKSource<SecurityContext> {

    private final JdbcTemplate jdbc;
    private volatile JWKSet keys;

    SigningKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(keys());
    }

    private JWKSet keys() {
        JWKSet loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                loaded = keys;
                if (loaded == null) {
                    loaded = new JWKSet(loadOrCreate());
                    keys = loaded;
                }
            }
        }
        return loaded;
    }

    private RSAKey loadOrCreate() {
        List<String> stored = stored();
        if (stored.isEmpty()) {
            RSAKey generated;
            try {
                generated = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException("Cannot generate an RSA key", e);
            }
            // another node may have made one meanwhile: the first row wins, and every node reads it back
            jdbc.update("insert into oauth2_signing_key (key_id, jwk, created_at) select ?, ?, now()"
                    + " where not exists (select 1 from oauth2_signing_key)", generated.getKeyID(),
                    generated.toJSONString());
            stored = stored();
        }
        try {
            return RSAKey.parse(stored.get(0));
        } catch (ParseException e) {
            throw new IllegalStateException("oauth2_signing_key holds a key that is not an RSA JSON Web Key", e);
        }
    }

    private List<String> stored() {
        return jdbc.queryForList("select jwk from oauth2_signing_key order by created_at, key_id limit 1", String.class);
    }
}
