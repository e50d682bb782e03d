package org.reachable.platform.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The API description served at /api/v1/openapi.json. People's API calls use the signed-in session cookie (and send
 * the XSRF-TOKEN cookie's value back as the X-XSRF-TOKEN header on POST); agency systems will use API keys.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Reachable API", version = "v1",
        description = "Multi-agency chronology, access and audit for children at risk of serious youth violence.",
        license = @License(name = "MIT")))
@SecurityScheme(name = "session", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
        paramName = "JSESSIONID")
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An agency system's per-organisation API key (administrators issue them); opens only POST /api/v1/events")
class OpenApiConfiguration {
}
