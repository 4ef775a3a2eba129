package org.sangsaeng.membership.security;

import jakarta.servlet.DispatcherType;
import org.sangsaeng.membership.SignInThrottle;
import org.sangsaeng.shared.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The REST API and the operations endpoints: a bearer token or HTTP Basic, no session, no anonymous
 * access except health and the OpenAPI document. The web UI has its own chain (ui module).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String API_CSP =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; "
                    + "base-uri 'none'; form-action 'none'; sandbox";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(
            org.springframework.context.ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /**
     * No observation around each security filter, authentication and authorization of every
     * request: the request's own metric ({@code http_server_requests}) says what a request cost,
     * and these started and stopped timers for every filter of every request (in the vote burst's
     * profile, Micrometer's frames were in 6 % of the app's samples).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** One authentication manager for the UI and the API: passwords, with guessing slowed down. */
    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            AuthenticationEventPublisher events,
            SignInThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(new ThrottledSignIn(provider, throttle));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ProblemResponses problems,
            AccountUserDetailsService tokenUsers,
            AuthenticationManager passwords,
            @Value("${sangsaeng.monitoring.metrics-token:}") String metricsToken)
            throws Exception {
        // The app's one password check (slowed for guessers), not one Spring would build beside it.
        http.authenticationManager(passwords);
        http.securityMatcher("/api/**", "/v3/api-docs/**", "/actuator/**")
                .authorizeHttpRequests(
                        auth ->
                                auth
                                        // A streamed body (the exports) is written on an ASYNC
                                        // dispatch, and an error on an ERROR
                                        // dispatch, of a request already authorized on its REQUEST
                                        // dispatch; a bearer token is not
                                        // kept between dispatches, so checking them again would
                                        // break the response after its rows.
                                        .dispatcherTypeMatchers(
                                                DispatcherType.ASYNC, DispatcherType.ERROR)
                                        .permitAll()
                                        .requestMatchers(
                                                "/actuator/health/**",
                                                "/actuator/health",
                                                "/v3/api-docs/**")
                                        .permitAll()
                                        // Whoever forgot their password cannot sign in to reset it.
                                        .requestMatchers(
                                                org.springframework.http.HttpMethod.POST,
                                                "/api/v1/password-reset",
                                                "/api/v1/password-reset/confirm")
                                        .permitAll()
                                        // Whoever signs up has no account yet; reading a sign-up
                                        // ({id}) needs one.
                                        .requestMatchers(
                                                org.springframework.http.HttpMethod.GET,
                                                "/api/v1/registrations/markets",
                                                "/api/v1/registrations/privacy-notice",
                                                "/api/v1/registrations/invitations/*",
                                                "/api/v1/registrations/revisions/*")
                                        .permitAll()
                                        .requestMatchers(
                                                org.springframework.http.HttpMethod.POST,
                                                "/api/v1/registrations",
                                                "/api/v1/registrations/phone-codes")
                                        .permitAll()
                                        .requestMatchers(
                                                org.springframework.http.HttpMethod.PUT,
                                                "/api/v1/registrations/revisions/*")
                                        .permitAll()
                                        // A shared coupon's picture and a new product's photo, for
                                        // their pages and previews.
                                        .requestMatchers(
                                                org.springframework.http.HttpMethod.GET,
                                                "/api/v1/public/coupon-links/*/image.png",
                                                "/api/v1/public/products/*/photo")
                                        .permitAll()
                                        // Customers of a joint sale have no account: the offer's
                                        // page, ordering, the order's link.
                                        .requestMatchers(
                                                org.springframework.http.HttpMethod.GET,
                                                "/api/v1/public/sale-offers/*",
                                                "/api/v1/public/sale-orders/*")
                                        .permitAll()
                                        .requestMatchers(
                                                org.springframework.http.HttpMethod.POST,
                                                "/api/v1/public/phone-codes",
                                                "/api/v1/public/sale-offers/*/orders",
                                                "/api/v1/public/sale-orders/*/cancel")
                                        .permitAll()
                                        // A market's public page, for customers who have no
                                        // account.
                                        .requestMatchers(
                                                org.springframework.http.HttpMethod.GET,
                                                "/api/v1/public/markets/*")
                                        .permitAll()
                                        // A Prometheus server with the metrics token
                                        // (MetricsTokenFilter), or an administrator.
                                        .requestMatchers(MetricsTokenFilter.PATH)
                                        .hasAnyRole(MetricsTokenFilter.ROLE, "ADMIN")
                                        // ./sangsaeng backup shows a token only the app's user can
                                        // read; admins may too (checked there).
                                        .requestMatchers(
                                                org.springframework.http.HttpMethod.POST,
                                                "/api/v1/backups")
                                        .permitAll()
                                        .requestMatchers("/actuator/**")
                                        .hasRole("ADMIN")
                                        .anyRequest()
                                        .authenticated())
                // 401 without WWW-Authenticate (no browser password dialog), explained like every
                // other refusal;
                // 503 when the account could not be read (the database is down): the password may
                // well be right.
                .httpBasic(
                        basic ->
                                basic.authenticationEntryPoint(
                                        (request, response, e) -> {
                                            if (e instanceof SignInSlowedDown slow) {
                                                response.setHeader(
                                                        "Retry-After",
                                                        Long.toString(slow.retryAfterSeconds()));
                                                problems.write(
                                                        request,
                                                        response,
                                                        HttpStatus.TOO_MANY_REQUESTS,
                                                        "error.signIn.slowDown");
                                            } else if (e
                                                    instanceof
                                                    InternalAuthenticationServiceException) {
                                                problems.write(
                                                        request,
                                                        response,
                                                        HttpStatus.SERVICE_UNAVAILABLE,
                                                        ProblemResponses.UNAVAILABLE);
                                            } else {
                                                problems.write(
                                                        request,
                                                        response,
                                                        HttpStatus.UNAUTHORIZED,
                                                        "error.auth.required");
                                            }
                                        }))
                .exceptionHandling(
                        x ->
                                x.accessDeniedHandler(
                                        (request, response, e) ->
                                                problems.write(
                                                        request,
                                                        response,
                                                        HttpStatus.FORBIDDEN,
                                                        "error.access.denied")))
                // A bearer token (POST /api/v1/auth/tokens) instead of the password in every
                // request.
                .addFilterBefore(
                        new ApiTokenAuthenticationFilter(tokenUsers, problems),
                        BasicAuthenticationFilter.class)
                // Before the API token filter, which would refuse the metrics token as an unknown
                // API token.
                .addFilterBefore(
                        new MetricsTokenFilter(metricsToken), ApiTokenAuthenticationFilter.class)
                // A temporary password is changed before anything else is done with it.
                .addFilterAfter(
                        new TemporaryPasswordFilter(problems), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless, credentials in every request and no cookies: no CSRF token to protect.
                .csrf(csrf -> csrf.disable())
                // Spring Security's defaults (nosniff, DENY framing, no-store) plus: no referrer,
                // and a page the
                // API serves (the monthly report) runs no script and loads nothing but its own
                // inline style.
                .headers(
                        headers ->
                                headers.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                                        .contentSecurityPolicy(c -> c.policyDirectives(API_CSP)));
        return http.build();
    }
}
