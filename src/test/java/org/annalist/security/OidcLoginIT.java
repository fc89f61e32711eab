package org.annalist.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through a team's identity provider (OpenID Connect), against a provider mocked on the loopback: the
 * authorization-code flow end to end (redirect, code, signed ID token, key set), and the role taken from the local
 * account of the same name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:oidc-login;DB_CLOSE_DELAY=-1",
        "annalist.seeds.enabled=false",
        "vaadin.devmode.devTools.enabled=false"})
class OidcLoginIT {

    static final MockProvider PROVIDER = new MockProvider();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        String base = PROVIDER.base();
        String registration = "spring.security.oauth2.client.registration.team.";
        properties.add(registration + "client-id", () -> "annalist");
        properties.add(registration + "client-secret", () -> "annalist-secret");
        properties.add(registration + "client-name", () -> "Team directory");
        properties.add(registration + "scope", () -> "openid,profile");
        properties.add(registration + "authorization-grant-type", () -> "authorization_code");
        properties.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        String provider = "spring.security.oauth2.client.provider.team.";
        properties.add(provider + "authorization-uri", () -> base + "/authorize");
        properties.add(provider + "token-uri", () -> base + "/token");
        properties.add(provider + "jwk-set-uri", () -> base + "/jwks");
        properties.add(provider + "user-name-attribute", () -> "sub");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.server.stop(0);
    }

    @TestConfiguration
    static class SignIns {
        static final List<Authentication> SEEN = new CopyOnWriteArrayList<>();

        @Bean
        Object signInRecorder() {
            return new Object() {
                @EventListener
                void on(AuthenticationSuccessEvent event) {
                    SEEN.add(event.getAuthentication());
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void aPersonOfTheTeamsDirectorySignsInWithTheRoleOfTheirLocalAccount() throws Exception {
        SystemIdentity.run("test", () -> accounts.add("olga", UserRole.EDITOR, "olga's long password"));
        String app = "http://127.0.0.1:" + port;
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        // The sign-in page offers the provider; its link starts the flow at the provider's authorization endpoint.
        HttpResponse<String> start = get(browser, app + "/oauth2/authorization/team");
        assertThat(start.statusCode()).isEqualTo(302);
        String authorize = start.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(PROVIDER.base() + "/authorize");
        // The provider signs Olga in and sends the browser back with a code; the app trades it for a signed ID token.
        HttpResponse<String> back = get(browser, authorize);
        assertThat(back.statusCode()).isEqualTo(302);
        HttpResponse<String> signedIn = get(browser, back.headers().firstValue("Location").orElseThrow());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        HttpResponse<String> timeline = get(browser, app + "/");
        assertThat(timeline.statusCode()).as("signed in: the timeline, not the sign-in page").isEqualTo(200);

        Authentication olga = SignIns.SEEN.stream().filter(a -> a.getName().equals("olga")).findFirst().orElseThrow();
        assertThat(olga.getAuthorities()).extracting(a -> a.getAuthority()).contains("ROLE_EDITOR", "ROLE_READER")
                .doesNotContain("ROLE_ADMIN");
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An OpenID provider on the loopback that signs in one person, Olga, whoever asks. */
    static final class MockProvider {
        final HttpServer server;
        final RSAKey key;
        private final Map<String, String> nonces = new java.util.concurrent.ConcurrentHashMap<>();

        MockProvider() {
            try {
                key = new RSAKeyGenerator(2048).keyID("mock").generate();
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/authorize", this::authorize);
            server.createContext("/token", this::token);
            server.createContext("/jwks", exchange -> send(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
            server.start();
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private void authorize(HttpExchange exchange) throws IOException {
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            String code = "code-" + nonces.size();
            nonces.put(code, query.getOrDefault("nonce", ""));
            exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                    + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        }

        private void token(HttpExchange exchange) throws IOException {
            Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String nonce = nonces.get(body.get("code"));
            if (nonce == null) {
                send(exchange, 400, "{\"error\":\"invalid_grant\"}");
                return;
            }
            try {
                Date now = new Date();
                JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(base()).subject("olga-42").audience("annalist")
                        .issueTime(now).expirationTime(new Date(now.getTime() + 300_000)).claim("nonce", nonce)
                        .claim("preferred_username", "olga").build();
                SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("mock").build(), claims);
                token.sign(new RSASSASigner(key));
                send(exchange, 200, "{\"access_token\":\"access\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                        + "\"scope\":\"openid profile\",\"id_token\":\"" + token.serialize() + "\"}");
            } catch (Exception e) {
                send(exchange, 500, "{}");
            }
        }

        private static Map<String, String> form(String encoded) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String pair : (encoded == null ? "" : encoded).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return values;
        }

        private static void send(HttpExchange exchange, int status, String json) throws IOException {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }
}
