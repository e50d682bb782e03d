package org.reachable.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.access.ApiKey;
import org.reachable.access.ApiKeys;
import org.reachable.platform.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** API keys for agencies' systems (administrators). */
@ApiController("/api/v1/admin/api-keys")
@Tag(name = "Access and audit")
@SecurityRequirement(name = "session")
class ApiKeysApi {

    private final ApiKeys keys;

    ApiKeysApi(ApiKeys keys) {
        this.keys = keys;
    }

    @GetMapping
    @Operation(summary = "API keys of every organisation (never the keys themselves)")
    List<ApiKey> all() {
        return keys.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a key for an organisation's system: {\"organisation\": id, \"name\": text}. "
            + "The answer holds the key; it is never shown again.")
    ApiKeys.IssuedKey issue(@RequestBody Map<String, String> body) {
        return keys.issue(body.get("organisation"), body.get("name"));
    }

    @PostMapping("/{id}/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a key; the system using it is refused from then on")
    void revoke(@PathVariable UUID id) {
        keys.revoke(id);
    }
}
