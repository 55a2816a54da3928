package com.forecourt.queryside.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of the query side's responses. Scripts and styles come from this origin only; the one
 * inline script allowed is the storefront's import map (an import map cannot be loaded from a file), by the SHA-256
 * of its exact text, computed from the page the application serves, so the policy cannot drift from the page.
 * Requests go to this origin only ({@code connect-src 'self'}, which covers the WebSocket on the same host and port).
 * No framing, no plugins, no {@code <base>}, forms post to this origin only.
 */
public final class ContentSecurityPolicy {

    private static final Pattern INLINE_SCRIPT = Pattern.compile(
            "<script\\b(?![^>]*\\bsrc\\s*=)[^>]*>(.*?)</script\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final String policy;

    private ContentSecurityPolicy(String policy) {
        this.policy = policy;
    }

    /** The policy of every response: inline scripts are refused but those of the given pages, by hash. */
    public static ContentSecurityPolicy strict(List<String> pagesWithInlineScripts) {
        return strict(pagesWithInlineScripts, List.of());
    }

    /**
     * The same, with other origins the pages may send requests to (an external sign-in provider's discovery and token
     * endpoints), each a scheme, host and optional port.
     */
    public static ContentSecurityPolicy strict(List<String> pagesWithInlineScripts, List<String> otherConnectOrigins) {
        return strict(pagesWithInlineScripts, otherConnectOrigins, List.of());
    }

    /**
     * The same, with other origins images may come from as well (car photos served by a CDN), each a scheme, host
     * and optional port.
     *
     * @throws IllegalArgumentException when an origin is anything else (it would otherwise add to the policy)
     */
    public static ContentSecurityPolicy strict(List<String> pagesWithInlineScripts, List<String> otherConnectOrigins,
                                               List<String> otherImageOrigins) {
        requireOrigins(otherConnectOrigins);
        requireOrigins(otherImageOrigins);
        List<String> hashes = new ArrayList<>();
        pagesWithInlineScripts.forEach(page -> hashes.addAll(inlineScriptHashes(page)));
        StringBuilder scripts = new StringBuilder("'self'");
        hashes.forEach(hash -> scripts.append(" '").append(hash).append('\''));
        return new ContentSecurityPolicy(String.join("; ",
                "default-src 'none'",
                "script-src " + scripts,
                "style-src 'self'",
                "img-src " + String.join(" ", concat(List.of("'self'", "data:"), otherImageOrigins)),
                "font-src 'self'",
                "connect-src " + String.join(" ", concat(List.of("'self'"), otherConnectOrigins)),
                "manifest-src 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'",
                "base-uri 'none'",
                "object-src 'none'"));
    }

    private static void requireOrigins(List<String> origins) {
        for (String origin : origins) {
            if (!origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
                throw new IllegalArgumentException("Not an origin: " + origin);
            }
        }
    }

    /**
     * The same policy for GraphiQL, but for styles and fonts: its editor (CodeMirror) and React set {@code style}
     * attributes, which {@code style-src 'self'} refuses, and its stylesheet embeds its fonts as {@code data:} URLs.
     * Scripts stay as strict.
     */
    public ContentSecurityPolicy forGraphiql() {
        return new ContentSecurityPolicy(policy
                .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
                .replace("font-src 'self'", "font-src 'self' data:"));
    }

    private static List<String> concat(List<String> first, List<String> rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(rest);
        return all;
    }

    /** {@code 'sha256-…'} of the text of each inline {@code <script>} (one without {@code src}) of an HTML page. */
    public static List<String> inlineScriptHashes(String html) {
        List<String> hashes = new ArrayList<>();
        Matcher scripts = INLINE_SCRIPT.matcher(html);
        while (scripts.find()) {
            hashes.add("sha256-" + Base64.getEncoder().encodeToString(sha256(scripts.group(1))));
        }
        return hashes;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** The header value. */
    public String value() {
        return policy;
    }

    @Override
    public String toString() {
        return policy;
    }
}
