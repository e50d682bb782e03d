package org.reachable.access.internal;

import org.reachable.access.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Deny by default: every path needs a rule here, and anything without one is refused. Within a path, the module's
 * own checks decide about a particular child (see ChildRecordAccess).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] CASE_WORKERS = {
            Role.MASH_PRACTITIONER.name(), Role.PRACTITIONER.name(), Role.MANAGER.name()};
    private static final String[] SUBMITTERS = {
            Role.MASH_PRACTITIONER.name(), Role.PRACTITIONER.name(), Role.MANAGER.name(), Role.CONTRIBUTOR.name()};

    /** The web filter chain exists only when serving; batch subcommands run without a web server. */
    @Configuration(proxyBeanMethods = false)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
    static class WebSecurity {

        /**
         * No Micrometer observation around each security filter and authorisation: nothing reads them, and wrapping
         * the chain's fifteen filters cost about a tenth of the CPU of a small API request (JFR, events API).
         */
        @Bean
        org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
            return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
        }

        /**
         * Agency systems sending events with an API key: a chain of its own, with only what such a request needs.
         * The key in the Authorization header is the credential, sent afresh with every request, so there is no
         * session, no cookie and so no CSRF token to issue or check (the main chain issued and set a new token cookie
         * on every API request), no saved request, no login or logout handling. Ordered first; any other request,
         * including one with a key for another path (refused there), goes to the main chain.
         */
        @Bean
        @org.springframework.core.annotation.Order(1)
        SecurityFilterChain agencySystemChain(HttpSecurity http, AuditingAccessDeniedHandler deniedHandler,
                                              org.reachable.access.ApiKeys apiKeys,
                                              org.reachable.access.Audit audit) throws Exception {
            http.securityMatcher(ApiKeyFilter::isAgencySystemRequest)
                    .authorizeHttpRequests(requests -> requests
                            .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/events")
                            .hasAnyRole(Role.CONTRIBUTOR.name(), Role.AGENCY_SYSTEM.name())
                            .anyRequest().denyAll())
                    .sessionManagement(session -> session.sessionCreationPolicy(
                            org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable())
                    .requestCache(cache -> cache.disable())
                    .logout(logout -> logout.disable())
                    .anonymous(anonymous -> anonymous.disable())
                    .exceptionHandling(ex -> ex.accessDeniedHandler(deniedHandler)
                            .authenticationEntryPoint(new ApiAuthenticationEntryPoint()))
                    .addFilterBefore(new ApiKeyFilter(apiKeys, audit),
                            org.springframework.security.web.access.intercept.AuthorizationFilter.class);
            return http.build();
        }

        @Bean
        @org.springframework.core.annotation.Order(2)
        SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle,
                                                AuditingAccessDeniedHandler deniedHandler,
                                                org.reachable.access.ApiKeys apiKeys,
                                                org.reachable.access.Audit audit) throws Exception {
            // Load the CSRF token on every request (not lazily), so API callers always hold a current XSRF-TOKEN cookie
            // to send back in the X-XSRF-TOKEN header, including straight after signing in, when the token is rotated.
            CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
            csrfHandler.setCsrfRequestAttributeName(null);
            http.authorizeHttpRequests(requests -> requests
                            .requestMatchers("/login", "/error", "/forbidden", "/accessibility", "/assets/**", "/webjars/**",
                                    "/static/**", "/favicon.ico", "/actuator/health", "/actuator/health/**")
                            .permitAll()
                            .requestMatchers("/", "/api/v1/me", "/api/v1/openapi.json", "/api/v1/openapi.json/**",
                                    "/api/v1/docs", "/api/v1/docs/**", "/swagger-ui/**").authenticated()
                            .requestMatchers("/language/rules/new", "/language/rules/*/edit")
                                    .hasRole(Role.MANAGER.name())
                            .requestMatchers(org.springframework.http.HttpMethod.POST, "/language/rules", "/language/rules/*")
                                    .hasRole(Role.MANAGER.name())
                            .requestMatchers("/language/**", "/api/v1/language/**").authenticated()
                            .requestMatchers("/identity/**").hasAnyRole(Role.MASH_PRACTITIONER.name(),
                                    Role.MANAGER.name())
                            // Front door: anyone who shares information raises concerns and follows their own
                            // referrals; the MASH works the queue; managers resolve escalations.
                            .requestMatchers("/frontdoor/concerns/**", "/frontdoor/referrals/**",
                                    "/api/v1/frontdoor/concerns", "/api/v1/frontdoor/referrals/**",
                                    "/api/v1/frontdoor/information-requests/**", "/frontdoor/requests",
                                    "/frontdoor/requests/**").hasAnyRole(SUBMITTERS)
                            .requestMatchers("/frontdoor/queue", "/frontdoor/contacts/**", "/frontdoor/daily-meeting/**",
                                    "/api/v1/frontdoor/contacts/**", "/api/v1/frontdoor/daily-meeting/**")
                                    .hasRole(Role.MASH_PRACTITIONER.name())
                            .requestMatchers("/frontdoor/escalations/**", "/api/v1/frontdoor/escalations/**")
                                    .hasRole(Role.MANAGER.name())
                            .requestMatchers("/frontdoor/performance/**", "/api/v1/frontdoor/performance/**")
                                    .hasAnyRole(Role.MANAGER.name(), Role.ANALYST.name())
                            // Panels: members see and minute their own panels' meetings (checked per panel);
                            // chairs (team managers) see duplication and add members; analytics for the partnership.
                            .requestMatchers("/panels/analytics", "/api/v1/panels/analytics",
                                    "/api/v1/panels/analytics.csv")
                                    .hasAnyRole(Role.MANAGER.name(), Role.ANALYST.name())
                            .requestMatchers("/panels/duplication", "/api/v1/panels/duplication")
                                    .hasRole(Role.MANAGER.name())
                            .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/panels/*/members")
                                    .hasRole(Role.MANAGER.name())
                            .requestMatchers("/panels", "/panels/**", "/api/v1/panels", "/api/v1/panels/**")
                                    .hasAnyRole(CASE_WORKERS)
                            .requestMatchers("/children/**", "/api/v1/children/**").hasAnyRole(CASE_WORKERS)
                            .requestMatchers("/submissions/**", "/api/v1/submissions/**").hasAnyRole(SUBMITTERS)
                            .requestMatchers("/break-glass-reviews/**").hasRole(Role.MANAGER.name())
                            // Reachable moments: alerts for those around children; rules readable by them, changed
                            // by the safeguarding lead (team manager).
                            .requestMatchers(org.springframework.http.HttpMethod.POST, "/moments/rules",
                                    "/moments/rules/**").hasRole(Role.MANAGER.name())
                            .requestMatchers("/moments/fairness", "/moments/fairness.csv")
                                    .hasAnyRole(Role.MANAGER.name(), Role.ANALYST.name())
                            .requestMatchers("/moments/**", "/api/v1/alerts", "/api/v1/alerts/**")
                                    .hasAnyRole(CASE_WORKERS)
                            // Context: seen by case workers and contributors (children named only with a relationship);
                            // the services check the capabilities to change contexts and to see persons of interest.
                            .requestMatchers("/contexts", "/contexts/**", "/api/v1/contexts", "/api/v1/contexts/**")
                                    .hasAnyRole(SUBMITTERS)
                            .requestMatchers("/insight/**", "/api/v1/insight/**").hasRole(Role.ANALYST.name())
                            .requestMatchers("/ig/**", "/api/v1/ig/**").hasRole(Role.IG_OFFICER.name())
                            .requestMatchers("/admin/**", "/api/v1/admin/**").hasRole(Role.ADMIN.name())
                            // Feeds: contributors and agency systems send; MASH and IG see quarantined records.
                            .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/events")
                            .hasAnyRole(Role.CONTRIBUTOR.name(), Role.AGENCY_SYSTEM.name())
                            .requestMatchers("/feeds/quarantine/**", "/api/v1/feeds/quarantine/**")
                            .hasAnyRole(Role.MASH_PRACTITIONER.name(), Role.IG_OFFICER.name())
                            .requestMatchers("/feeds/imports/**", "/api/v1/feeds/imports/**")
                            .hasRole(Role.CONTRIBUTOR.name())
                            .anyRequest().denyAll())
                    .formLogin(form -> form.loginPage("/login")
                            .successHandler(throttle)
                            .failureHandler(throttle)
                            .permitAll())
                    .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                    .csrf(csrf -> csrf
                            .ignoringRequestMatchers(ApiKeyFilter::isAgencySystemRequest)
                            .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                            .csrfTokenRequestHandler(csrfHandler))
                    .exceptionHandling(ex -> ex.accessDeniedHandler(deniedHandler)
                            .defaultAuthenticationEntryPointFor(new ApiAuthenticationEntryPoint(),
                                    request -> request.getRequestURI().startsWith("/api/")))
                    .addFilterBefore(throttle.filter(), org.springframework.security.web.authentication
                            .UsernamePasswordAuthenticationFilter.class)
                    .addFilterBefore(new ApiKeyFilter(apiKeys, audit),
                            org.springframework.security.web.csrf.CsrfFilter.class)
                    .headers(headers -> headers
                            .contentSecurityPolicy(csp -> csp.policyDirectives(
                                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
                                            + "form-action 'self'"))
                            .referrerPolicy(referrer -> referrer.policy(
                                    org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                            .ReferrerPolicy.SAME_ORIGIN)));
            return http.build();
        }
    }

    /** Argon2id, the current OWASP recommendation for password storage. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    org.springframework.security.core.userdetails.UserDetailsService userDetailsService(AccessRepository users) {
        return username -> users.signInDetails(username)
                .orElseThrow(() -> new org.springframework.security.core.userdetails.UsernameNotFoundException(
                        "No such user"));
    }
}
