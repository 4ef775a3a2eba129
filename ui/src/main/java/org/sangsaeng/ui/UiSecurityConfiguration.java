package org.sangsaeng.ui;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The web UI: form login on our login view, session-based, Vaadin's CSRF protection; views declare who may open them. */
@Configuration(proxyBeanMethods = false)
class UiSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        // Static browser libraries from webjars (the BPMN viewer): public code, no data.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/webjars/**").permitAll());
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.headers(headers -> headers
                .contentTypeOptions(c -> { })
                .frameOptions(f -> f.sameOrigin())
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
