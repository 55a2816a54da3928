package com.forecourt.queryside.web;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentSecurityPolicyTest {

    private static String storefrontPage() throws IOException {
        return new ClassPathResource(SecurityHeadersConfiguration.STOREFRONT_PAGE).getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void canHashTheTextOfEachInlineScriptOnly() throws Exception {
        String page = "<script type=\"importmap\">{\"imports\":{}}</script><script src=\"/a.js\"></script>"
                + "<SCRIPT>one()</SCRIPT>";

        List<String> hashes = ContentSecurityPolicy.inlineScriptHashes(page);

        assertThat(hashes).containsExactly(sha256("{\"imports\":{}}"), sha256("one()"));
    }

    @Test
    void canAllowTheStorefrontImportMapAndNoOtherInlineScript() throws Exception {
        String page = storefrontPage();
        String importMap = page.substring(page.indexOf("<script type=\"importmap\">") + 25, page.indexOf("</script>"));

        ContentSecurityPolicy policy = ContentSecurityPolicy.strict(List.of(page));

        assertThat(policy.value()).contains("script-src 'self' '" + sha256(importMap) + "';")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    @Test
    void cannotFindInlineHandlersOrScriptUrlsInTheStorefrontPage() throws Exception {
        String page = storefrontPage();

        assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(page).find()).isFalse();
        assertThat(page).doesNotContainIgnoringCase("javascript:").doesNotContain("<style", "style=", "http://",
                "https://");
        assertThat(ContentSecurityPolicy.inlineScriptHashes(page)).hasSize(1);
    }

    @Test
    void canLoadOnlyFromThisOriginAndNeverBeFramed() throws Exception {
        String policy = ContentSecurityPolicy.strict(List.of(storefrontPage())).value();

        assertThat(policy).contains("default-src 'none'", "connect-src 'self'", "style-src 'self';", "img-src 'self' data:",
                "frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'", "form-action 'self'");
    }

    @Test
    void canLetTheStorefrontReachAnExternalSignInProviderOnly() throws Exception {
        String policy = ContentSecurityPolicy.strict(List.of(storefrontPage()), List.of("https://login.example.co.uk"))
                .value();

        assertThat(policy).contains("connect-src 'self' https://login.example.co.uk;");
        assertThat(policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src"))))
                .doesNotContain("example");
    }

    @Test
    void cannotTakeAnythingButAnOriginForTheProvider() {
        assertThatThrownBy(() -> ContentSecurityPolicy.strict(List.of(), List.of("https://a.example; script-src *")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void canLetTheStorefrontShowPhotosFromACdnOnly() throws Exception {
        String policy = ContentSecurityPolicy.strict(List.of(storefrontPage()), List.of(),
                List.of("https://photos.example.co.uk")).value();

        assertThat(policy).contains("img-src 'self' data: https://photos.example.co.uk;", "connect-src 'self';");
    }

    @Test
    void cannotTakeAnythingButAnOriginForPhotos() {
        assertThatThrownBy(() -> ContentSecurityPolicy.strict(List.of(), List.of(), List.of("https://cdn.example/x *")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void canLetGraphiqlStyleItselfButNotRunInlineScripts() throws Exception {
        ContentSecurityPolicy strict = ContentSecurityPolicy.strict(List.of(storefrontPage()));

        String graphiql = strict.forGraphiql().value();

        assertThat(graphiql).contains("style-src 'self' 'unsafe-inline'", "font-src 'self' data:")
                .contains(strict.value().substring(strict.value().indexOf("script-src"), strict.value().indexOf("; style-src")));
        assertThat(graphiql.substring(graphiql.indexOf("script-src"), graphiql.indexOf("; style-src")))
                .doesNotContain("unsafe");
    }

    private static String sha256(String text) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
