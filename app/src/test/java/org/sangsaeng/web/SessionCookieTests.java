package org.sangsaeng.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The session cookie as application.yaml sets it, on Tomcat alone: {@code Secure} when the app is
 * served over HTTPS ({@code SANGSAENG_SECURE_COOKIES=true}), not on the plain-HTTP local run.
 */
class SessionCookieTests {

    @Test
    void behindTlsTheSessionCookieIsSecure() throws Exception {
        assertThat(sessionCookie("SANGSAENG_SECURE_COOKIES=true"))
                .contains("; Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void onThePlainHttpLocalRunItIsNot() throws Exception {
        assertThat(sessionCookie()).contains("HttpOnly").doesNotContain("Secure");
    }

    private static String sessionCookie(String... properties) throws Exception {
        try (ConfigurableApplicationContext app =
                new SpringApplicationBuilder(SessionApp.class)
                        .properties("server.port=0")
                        .properties(properties)
                        .run()) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpResponse<String> response = LocalHttp.send(LocalHttp.request(port, "/session"));
            List<String> cookies = response.headers().allValues("Set-Cookie");
            assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).hasSize(1);
            return cookies.stream()
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst()
                    .orElseThrow();
        }
    }

    // No @SpringBootConfiguration or @Configuration: the app's tests in this package would find it
    // as their configuration, and the app's component scan would pick it up.
    @ImportAutoConfiguration(TomcatServletWebServerAutoConfiguration.class)
    static class SessionApp {

        @Bean
        ServletRegistrationBean<HttpServlet> session() {
            return new ServletRegistrationBean<>(
                    new HttpServlet() {
                        @Override
                        protected void doGet(
                                HttpServletRequest request, HttpServletResponse response) {
                            request.getSession(true);
                        }
                    },
                    "/session");
        }
    }
}
