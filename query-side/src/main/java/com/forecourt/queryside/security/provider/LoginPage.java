package com.forecourt.queryside.security.provider;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import com.forecourt.queryside.security.SignInThrottledException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The sign-in page at {@code /login}: plain HTML rendered on the server, without any script, so it works under a
 * Content-Security-Policy that allows none and in any browser; the storefront styles it through the linked style
 * sheet ({@code forecourt.security.provider.login-page.stylesheet}) and the class names below. Every value written
 * into it is HTML-escaped.
 *
 * <p>A failed sign-in shows the page again with one message, whether the address is unknown or the password wrong
 * (Spring Security's {@code DaoAuthenticationProvider} checks a dummy hash for unknown names, so both take as long);
 * a throttled one answers 429 with {@code Retry-After}.
 */
final class LoginPage extends OncePerRequestFilter implements AuthenticationFailureHandler {

    static final String PATH = "/login";
    private static final String WRONG = "The e-mail address or the password is wrong.";
    private static final int TOO_MANY_REQUESTS = 429;

    private final ProviderProperties.LoginPage settings;

    LoginPage(ProviderProperties.LoginPage settings) {
        this.settings = settings;
    }

    /** GET /login: the empty form; anything else goes on (POST /login to Spring Security's form login). */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PATH.equals(path) && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            write(request, response, HttpServletResponse.SC_OK, null, "");
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        String email = request.getParameter("username");
        if (failure instanceof SignInThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            write(request, response, TOO_MANY_REQUESTS, "Too many failed sign-ins. Try again in "
                    + throttled.retryAfterSeconds() + " seconds.", email);
            return;
        }
        write(request, response, HttpServletResponse.SC_OK, WRONG, email);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String error,
                       String email) throws IOException {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String context = request.getContextPath();
        StringBuilder html = new StringBuilder(2048)
                .append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Sign in – Forecourt</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(escape(settings.getStylesheet())).append("\">\n")
                .append("</head>\n<body class=\"sign-in-page\">\n<main class=\"sign-in\">\n")
                .append("<h1 class=\"sign-in__title\">Sign in</h1>\n");
        if (error != null) {
            html.append("<p class=\"sign-in__error\" id=\"sign-in-error\" role=\"alert\">").append(escape(error))
                    .append("</p>\n");
        }
        html.append("<form class=\"sign-in__form\" method=\"post\" action=\"").append(escape(context + PATH))
                .append("\"").append(error != null ? " aria-describedby=\"sign-in-error\"" : "").append(">\n");
        if (csrf != null) {
            html.append("<input type=\"hidden\" name=\"").append(escape(csrf.getParameterName()))
                    .append("\" value=\"").append(escape(csrf.getToken())).append("\">\n");
        }
        html.append("<label class=\"sign-in__label\" for=\"username\">E-mail address</label>\n")
                .append("<input class=\"sign-in__input\" id=\"username\" name=\"username\" type=\"email\"")
                .append(" autocomplete=\"username\" required autofocus value=\"")
                .append(escape(email == null ? "" : email.length() > 254 ? email.substring(0, 254) : email))
                .append("\">\n")
                .append("<label class=\"sign-in__label\" for=\"password\">Password</label>\n")
                .append("<input class=\"sign-in__input\" id=\"password\" name=\"password\" type=\"password\"")
                .append(" autocomplete=\"current-password\" required>\n")
                .append("<button class=\"sign-in__submit\" type=\"submit\">Sign in</button>\n")
                .append("</form>\n")
                .append("<p class=\"sign-in__sign-up\">New here? <a href=\"").append(escape(settings.getSignUpUrl()))
                .append("\">Create an account</a></p>\n")
                .append("</main>\n</body>\n</html>\n");
        byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
