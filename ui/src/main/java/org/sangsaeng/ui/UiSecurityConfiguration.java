package org.sangsaeng.ui;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The web UI: form login on our login view, session-based, Vaadin's CSRF protection; views declare
 * who may open them.
 */
@Configuration(proxyBeanMethods = false)
class UiSecurityConfiguration {

    /**
     * Only our own origin: Vaadin's bundle needs inline scripts and eval, its components inline
     * styles; the BPMN viewer comes from our webjars; push runs over our own origin; QR codes and
     * icons may be data URLs. No plugins, no framing by other sites, forms post only to us.
     */
    static final String CSP =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(
            HttpSecurity http,
            SignedInSessions sessions,
            org.springframework.security.authentication.AuthenticationManager passwords)
            throws Exception {
        // The app's one password check (slowed for guessers), not one Spring would build beside it.
        http.authenticationManager(passwords);
        // A session whose person signed out everywhere, changed their password or was deactivated
        // ends here.
        http.addFilterAfter(sessions.filter(), SecurityContextHolderFilter.class);
        // Static browser libraries from webjars (the BPMN viewer): public code, no data.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/webjars/**").permitAll());
        // An address that is no page (an old or mistyped link): for someone signed in, the
        // not-found
        // page in their language (Vaadin's default refuses it with an empty 403, which browsers
        // take for a download); anyone else signs in first. Views still declare who may open them.
        http.with(
                vaadin(),
                vaadin ->
                        vaadin.loginView(LoginView.class).anyRequest(AuthorizedUrl::authenticated));
        http.headers(
                headers ->
                        headers.contentTypeOptions(c -> {})
                                .frameOptions(f -> f.sameOrigin())
                                .referrerPolicy(
                                        r ->
                                                r.policy(
                                                        org.springframework.security.web.header
                                                                .writers.ReferrerPolicyHeaderWriter
                                                                .ReferrerPolicy.SAME_ORIGIN))
                                .contentSecurityPolicy(c -> c.policyDirectives(CSP)));
        return http.build();
    }
}
